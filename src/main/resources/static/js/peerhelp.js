// Peer help, on every page of the space: fill the pseudonym field with a suggestion, print the recovery codes,
// and keep the whole space to ONE entry of the browser's history. Links and searches inside the space replace the
// current entry instead of adding one, and forms are sent in the background with the answer shown in place. The
// quick exit (hub.js) replaces that one entry with the neutral site, so Back leads to the page before the space,
// never to a thread. Without JavaScript every link and form works as usual.
(function () {
  'use strict';

  var SPACE = /^\/(nl|fr|de|en)\/peer-help(\/|$)/;

  function inSpace(url) {
    return url.origin === window.location.origin && SPACE.test(url.pathname);
  }

  function plainClick(event) {
    return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
  }

  // Shows a page fetched in the background in place of this one: its main content, header and title, at its
  // address, in the same history entry. Scripts in it do not run again (this one already listens).
  function show(response, html, keepInView) {
    var page = new DOMParser().parseFromString(html, 'text/html');
    var main = page.querySelector('main');
    var current = document.querySelector('main');
    if (!main || !current) {
      window.location.replace(response.url);
      return;
    }
    document.title = page.title;
    current.replaceWith(document.adoptNode(main));
    var header = page.querySelector('.site-header');
    var currentHeader = document.querySelector('.site-header');
    if (header && currentHeader) {
      currentHeader.replaceWith(document.adoptNode(header));
    }
    window.history.replaceState(null, '', response.url);
    var target = keepInView ? document.getElementById(keepInView) : null;
    main.focus({ preventScroll: true });
    if (target) {
      target.scrollIntoView();
    }
    else {
      window.scrollTo(0, 0);
    }
  }

  document.addEventListener('click', function (event) {
    var suggestion = event.target.closest('[data-pseudonym]');
    if (suggestion) {
      var field = document.getElementById('pseudonym');
      if (field) {
        field.value = suggestion.textContent.trim();
        field.focus();
      }
    }
    if (event.target.closest('[data-print]')) {
      window.print();
    }
    var link = event.target.closest('a[href]');
    if (!link || event.defaultPrevented || !plainClick(event) || link.hasAttribute('download')
        || link.hasAttribute('data-quick-exit') || (link.target && link.target !== '_self')) {
      return;
    }
    var url = new URL(link.href, window.location.href);
    var samePage = url.pathname === window.location.pathname && url.search === window.location.search;
    if (!inSpace(url) || (samePage && url.hash)) {
      return;
    }
    event.preventDefault();
    window.location.replace(url.href);
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement)) {
      return;
    }
    var action = new URL(form.getAttribute('action') || window.location.href, window.location.href);
    if (!inSpace(action)) {
      return;
    }
    var data = new FormData(form);
    if (event.submitter && event.submitter.name) {
      data.append(event.submitter.name, event.submitter.value);
    }
    var parameters = new URLSearchParams();
    data.forEach(function (value, name) {
      parameters.append(name, value);
    });
    event.preventDefault();
    if ((form.getAttribute('method') || 'get').toLowerCase() === 'get') {
      action.search = parameters.toString();
      window.location.replace(action.href);
      return;
    }
    var around = form.closest('[id]');
    var keepInView = around && around.tagName !== 'MAIN' ? around.id : null;
    Array.prototype.forEach.call(form.querySelectorAll('button'), function (button) {
      button.disabled = true;
    });
    fetch(action.href, { method: 'POST', body: parameters, credentials: 'same-origin', redirect: 'follow',
      headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        return response.text().then(function (html) {
          show(response, html, keepInView);
        });
      })
      .catch(function () {
        window.location.replace(window.location.href);
      });
  });
}());
