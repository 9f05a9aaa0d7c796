// Booking page: keeps the free times in step with the chosen treatment, day and therapist, from
// the live availability API. Everything is built with DOM methods (textContent), never HTML
// strings. Without this script the page still works through its "Show free times" button.
(function () {
  'use strict';
  var choose = document.getElementById('choose');
  var slots = document.getElementById('slots');
  if (!choose || !slots) {
    return;
  }
  var service = document.getElementById('service');
  var date = document.getElementById('date');
  var therapist = document.getElementById('therapist');
  var status = document.getElementById('slots-status');
  var day = document.getElementById('slots-day');
  var showTimes = document.getElementById('show-times');
  var form = document.getElementById('booking-form');
  var latest = 0;

  if (showTimes) {
    showTimes.hidden = true;
  }

  function sync() {
    document.getElementById('book-service').value = service.value;
    document.getElementById('book-date').value = date.value;
    document.getElementById('book-therapist').value = therapist.value;
  }

  // "2030-06-04T09:00+10:00" is already studio time: read the wall clock from the text itself.
  function timeLabel(iso) {
    var hours = parseInt(iso.substring(11, 13), 10);
    var minutes = iso.substring(14, 16);
    var suffix = hours < 12 ? 'am' : 'pm';
    var twelve = hours % 12 === 0 ? 12 : hours % 12;
    return twelve + ':' + minutes + ' ' + suffix;
  }

  function dayLabel(text) {
    var parts = text.split('-');
    if (parts.length !== 3) {
      return text;
    }
    var d = new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]));
    return d.toLocaleDateString('en-AU', {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'})
      .replace(',', '');
  }

  function show(list) {
    var chosen = slots.getAttribute('data-chosen');
    while (slots.firstChild) {
      slots.removeChild(slots.firstChild);
    }
    var seen = {};
    var index = 0;
    list.forEach(function (slot) {
      if (seen[slot.startsAt]) {
        return; // "any therapist": one entry per time, whoever is free takes it
      }
      seen[slot.startsAt] = true;
      var wrapper = document.createElement('div');
      wrapper.className = 'slot';
      var input = document.createElement('input');
      input.type = 'radio';
      input.name = 'startsAt';
      input.id = 'slot-' + index;
      input.value = slot.startsAt;
      input.checked = slot.startsAt === chosen;
      var label = document.createElement('label');
      label.htmlFor = input.id;
      label.textContent = timeLabel(slot.startsAt);
      wrapper.appendChild(input);
      wrapper.appendChild(label);
      slots.appendChild(wrapper);
      index += 1;
    });
    status.textContent = index === 0
      ? 'No free times on this day. Please try another day or therapist.'
      : index + (index === 1 ? ' free time' : ' free times') + ' on ' + dayLabel(date.value) + '.';
  }

  function refresh() {
    sync();
    day.textContent = dayLabel(date.value);
    if (!service.value || !date.value) {
      return;
    }
    var request = ++latest;
    var url = slots.getAttribute('data-availability-url') + '?service=' + encodeURIComponent(service.value)
      + '&date=' + encodeURIComponent(date.value)
      + (therapist.value ? '&therapistId=' + encodeURIComponent(therapist.value) : '');
    status.textContent = 'Looking for free times…';
    slots.setAttribute('aria-busy', 'true');
    fetch(url, {headers: {Accept: 'application/json'}, cache: 'no-store'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (list) {
        if (request === latest) {
          show(list);
          slots.setAttribute('aria-busy', 'false');
        }
      })
      .catch(function () {
        if (request === latest) {
          status.textContent = 'We could not load the free times for that day. Please check the day and try again.';
          slots.setAttribute('aria-busy', 'false');
        }
      });
  }

  [service, date, therapist].forEach(function (element) {
    element.addEventListener('change', refresh);
  });
  choose.addEventListener('submit', function (event) {
    event.preventDefault();
    refresh();
  });
  if (form) {
    form.addEventListener('submit', function () {
      sync();
      var button = document.getElementById('book');
      // after this tick, so the click still submits the form
      setTimeout(function () {
        button.disabled = true;
        button.textContent = 'Booking…';
      }, 0);
    });
  }
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
}());
