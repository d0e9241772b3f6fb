// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // Quick exit: leave for the neutral site without leaving this page in the history, so that Back does not
  // return to it. Button click, or Escape pressed twice within a second and a half. The link itself leads to
  // /quick-exit, which ends the session and redirects (without JavaScript); here the neutral site (its
  // data-quick-exit) replaces the page at once, and a beacon to the link ends the session all the same.
  function quickExit(link) {
    document.documentElement.style.visibility = 'hidden';
    document.title = '';
    if (navigator.sendBeacon) {
      try {
        navigator.sendBeacon(link.href);
      }
      catch (ignored) {
        // Leaving matters more than signing out.
      }
    }
    window.location.replace(link.getAttribute('data-quick-exit') || link.href);
  }

  var exitLink = document.querySelector('[data-quick-exit]');
  if (exitLink) {
    exitLink.addEventListener('click', function (event) {
      event.preventDefault();
      quickExit(exitLink);
    });
    var lastEscape = 0;
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape') {
        return;
      }
      var now = Date.now();
      if (now - lastEscape < 1500) {
        quickExit(exitLink);
      }
      lastEscape = now;
    });
  }

  // Forms that ask for confirmation before a weighty action (data-confirm holds the translated question).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
}());
