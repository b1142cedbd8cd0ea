// Sample "copy link" share button.
document.addEventListener('click', function (event) {
  var button = event.target.closest('.share-copy');
  if (button && navigator.clipboard) { navigator.clipboard.writeText(button.dataset.url); }
});
