// Peer help: fill the pseudonym field with a suggestion, print the recovery codes.
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
});
