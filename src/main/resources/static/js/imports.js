// Imports: refuse a file over the limit before it is sent (the server refuses it too).
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!input.classList || !input.classList.contains('js-max-size') || !input.files || !input.files[0]) {
    return;
  }
  var tooLarge = input.files[0].size > Number(input.dataset.maxBytes);
  input.classList.toggle('is-invalid', tooLarge);
  var message = input.parentElement.querySelector('.js-size-error');
  if (message) {
    message.hidden = !tooLarge;
  }
  if (tooLarge) {
    input.value = '';
  }
});
