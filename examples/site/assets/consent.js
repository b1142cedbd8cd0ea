// Sample cookie banner: hides itself once a choice is made.
document.addEventListener('click', function (event) {
  if (event.target.closest('.cookie-accept, .cookie-manage')) {
    document.getElementById('cookie-consent').hidden = true;
  }
});
