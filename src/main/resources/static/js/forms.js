// The error summary above a form (fragments/forms :: otherErrors): each link names its field by the field's label,
// and the focus moves to the summary so that keyboard and screen-reader users start from the list of errors.
(function () {
  if (window.phoihopForms) {
    return;
  }
  window.phoihopForms = true;

  function enhance() {
    document.querySelectorAll('.error-summary').forEach(function (summary, i) {
      summary.querySelectorAll('a[data-field]').forEach(function (link) {
        var field = document.getElementById(link.getAttribute('data-field'));
        var label = field && document.querySelector('label[for="' + CSS.escape(field.id) + '"]');
        if (label && !link.dataset.labelled) {
          link.textContent = label.textContent.trim() + ': ' + link.textContent;
          link.dataset.labelled = 'true';
        }
        link.addEventListener('click', function (e) {
          if (field) {
            e.preventDefault();
            field.focus();
          }
        });
      });
      if (i === 0) {
        summary.focus();
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhance);
  } else {
    enhance();
  }
})();
