// Referral dashboard: listens to the live referral stream (server-sent events) and adds each new
// referral that matches the filters at the top of the list, without a reload. The entry itself
// is rendered by the server (the same template and escaping as the page).
(function () {
  'use strict';
  var dashboard = document.getElementById('dashboard');
  if (!dashboard || !window.EventSource) {
    return;
  }
  var list = document.getElementById('referrals');
  var state = document.getElementById('live-state');
  var announcer = document.getElementById('announcer');
  var empty = document.getElementById('no-referrals');
  var tier = dashboard.getAttribute('data-tier');
  var from = dashboard.getAttribute('data-from');
  var to = dashboard.getAttribute('data-to');
  var referralState = dashboard.getAttribute('data-state') || '';

  function matches(referral) {
    // decidedAt carries the studio's offset: its first ten characters are the studio date
    var decidedOn = String(referral.decidedAt || '').substring(0, 10);
    return (!tier || referral.tier === tier) && (!from || decidedOn >= from) && (!to || decidedOn <= to)
      && (!referralState || referral.state === referralState);
  }

  function add(referral) {
    var id = referral.bookingId;
    if (!matches(referral) || document.getElementById('referral-' + id)) {
      return;
    }
    var url = '/staff/referrals/' + encodeURIComponent(id) + '/entry?tier=' + encodeURIComponent(tier)
      + '&from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to)
      + '&state=' + encodeURIComponent(referralState);
    fetch(url, {headers: {Accept: 'text/html'}, credentials: 'same-origin', cache: 'no-store'})
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (!html || document.getElementById('referral-' + id)) {
          return;
        }
        var template = document.createElement('template');
        template.innerHTML = html.trim();
        var entry = template.content.firstElementChild;
        if (!entry) {
          return;
        }
        entry.classList.add('new');
        list.insertBefore(entry, list.firstChild);
        empty.classList.add('hidden');
        announcer.textContent = (referral.tier === 'URGENT_REFERRAL' ? 'New urgent referral' : 'New referral')
          + ' just arrived.';
      });
  }

  var source = new EventSource(dashboard.getAttribute('data-stream-url'), {withCredentials: true});
  function connected() {
    state.textContent = 'Live: new referrals appear here';
    state.className = 'badge ok';
    dashboard.setAttribute('data-live', 'true');
  }
  source.addEventListener('open', connected);
  // the stream greets each connection with a heartbeat, so this also says it is subscribed
  source.addEventListener('heartbeat', connected);
  source.addEventListener('error', function () {
    state.textContent = 'Reconnecting to live updates…';
    state.className = 'badge warn';
    dashboard.setAttribute('data-live', 'false');
  });
  source.addEventListener('referral', function (event) {
    try {
      add(JSON.parse(event.data));
    } catch (ignored) {
      // an unreadable event is skipped; the list is complete again on the next reload
    }
  });
}());
