// Outcome page: while screening decides, asks the booking's status every few moments and shows
// the decision (by reloading the page, which renders it) as soon as there is one.
(function () {
  'use strict';
  var outcome = document.getElementById('outcome');
  if (!outcome || outcome.getAttribute('data-outcome') !== 'pending') {
    return;
  }
  var url = outcome.getAttribute('data-status-url');
  var interval = Number(outcome.getAttribute('data-interval-ms')) || 1000;
  var timeout = Number(outcome.getAttribute('data-timeout-ms')) || 120000;
  var started = Date.now();
  var message = document.getElementById('outcome-status');

  function ask() {
    if (Date.now() - started > timeout) {
      message.textContent = 'This is taking longer than usual. We will email you the result, '
        + 'or you can reload this page in a minute.';
      return;
    }
    fetch(url, {headers: {Accept: 'application/json'}, cache: 'no-store', credentials: 'same-origin'})
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (body) {
        if (body && body.status && body.status !== 'PENDING_SCREENING') {
          window.location.reload();
        } else {
          setTimeout(ask, interval);
        }
      })
      .catch(function () {
        setTimeout(ask, interval);
      });
  }

  setTimeout(ask, interval);
}());
