// Long operations say that they are working (an import read on the server, a document being generated):
// a form marked data-busy disables its button and shows its indicator until the next page arrives; a download
// link marked data-busy fetches its file with the indicator shown, then saves it (the plain link is the fallback).
(function () {
  if (window.phoihopBusy) {
    return;
  }
  window.phoihopBusy = true;

  function busy(box, on) {
    box.classList.toggle('htmx-request', on);
    if (on) {
      box.setAttribute('aria-busy', 'true');
    } else {
      box.removeAttribute('aria-busy');
    }
  }

  document.addEventListener('submit', function (event) {
    var form = event.target.closest && event.target.closest('form[data-busy]');
    if (!form || event.defaultPrevented) {
      return;
    }
    busy(form, true);
    setTimeout(function () {
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
    }, 0);
  });

  function fileName(response, href) {
    var header = response.headers.get('Content-Disposition') || '';
    var star = /filename\*=UTF-8''([^;]+)/i.exec(header);
    if (star) {
      return decodeURIComponent(star[1]);
    }
    var plain = /filename="?([^";]+)"?/i.exec(header);
    return plain ? plain[1] : href.split('/').pop().split('?')[0];
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-busy]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0 || !window.fetch) {
      return;
    }
    event.preventDefault();
    var box = link.closest('[data-busy-box]') || link.parentElement;
    if (box.getAttribute('aria-busy') === 'true') {
      return;
    }
    busy(box, true);
    fetch(link.href, {credentials: 'same-origin'}).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.blob().then(function (blob) {
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = fileName(response, link.href);
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
      });
    }).catch(function () {
      window.location.href = link.href;
    }).finally(function () {
      busy(box, false);
    });
  });
})();
