// skillgap serve: the page's own script (loaded from /app.js; the Content-Security-Policy allows no
// other). The forms work without it; with it, results appear in place, scans show progress, files
// can be dropped, and the keyword line has a copy button. Every piece of HTML it inserts comes from
// the server, which escapes every value.
'use strict';

(function () {
  var result = document.getElementById('result');

  function setStatus(form, text) {
    var s = form.querySelector('.status');
    if (s) s.textContent = text;
  }
  function setError(form, text) {
    var e = form.querySelector('.form-error');
    if (e) e.textContent = text;
  }
  function showResult(html) {
    result.innerHTML = html;
    enhance(result);
    var heading = result.querySelector('h1, h2');
    result.focus();
    if (heading && heading.scrollIntoView) heading.scrollIntoView({ block: 'start' });
  }
  function errorOf(res, body) {
    if (body && body.error) return body.error;
    if (res.status === 413) return 'That is too large to send (the limit is 5 MB).';
    return 'The server answered ' + res.status + '.';
  }

  // Copy buttons: shown only where a script can run them.
  function enhance(root) {
    var buttons = root.querySelectorAll('button.copy[data-copy]');
    for (var i = 0; i < buttons.length; i++) {
      var b = buttons[i];
      b.hidden = false;
      b.addEventListener('click', function (ev) {
        var button = ev.currentTarget;
        var value = button.getAttribute('data-copy') || '';
        var done = function () {
          button.textContent = 'Copied';
          setTimeout(function () { button.textContent = 'Copy'; }, 1500);
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(value).then(done, function () { selectLine(button); });
        } else {
          selectLine(button);
        }
      });
    }
  }
  function selectLine(button) {
    var line = button.parentNode.querySelector('.kw-line');
    if (!line) return;
    var range = document.createRange();
    range.selectNodeContents(line);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    button.textContent = 'Selected: press Ctrl-C';
  }

  var analyzeForm = document.getElementById('analyze-form');
  if (analyzeForm) {
    analyzeForm.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var button = analyzeForm.querySelector('button[type=submit]');
      setError(analyzeForm, '');
      setStatus(analyzeForm, 'Analyzing…');
      button.disabled = true;
      fetch('/analyze', { method: 'POST', body: new FormData(analyzeForm), headers: { Accept: 'application/json' } })
        .then(function (res) {
          return res.json().catch(function () { return null; }).then(function (body) {
            if (!res.ok || !body || !body.html) throw new Error(errorOf(res, body));
            setStatus(analyzeForm, 'Match score ' + body.score + '/100');
            showResult(body.html);
          });
        })
        .catch(function (err) {
          setStatus(analyzeForm, '');
          setError(analyzeForm, err.message || String(err));
        })
        .then(function () { button.disabled = false; });
    });
  }

  var scanForm = document.getElementById('scan-form');
  if (scanForm) {
    var drop = document.getElementById('drop');
    var input = document.getElementById('postings');
    drop.addEventListener('dragover', function (ev) {
      ev.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
    drop.addEventListener('drop', function (ev) {
      ev.preventDefault();
      drop.classList.remove('over');
      if (ev.dataTransfer && ev.dataTransfer.files.length > 0) input.files = ev.dataTransfer.files;
    });
    scanForm.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var button = scanForm.querySelector('button[type=submit]');
      var progress = document.getElementById('progress');
      setError(scanForm, '');
      setStatus(scanForm, 'Scanning…');
      progress.hidden = false;
      progress.value = 0;
      button.disabled = true;
      fetch('/scan', { method: 'POST', body: new FormData(scanForm), headers: { Accept: 'application/x-ndjson' } })
        .then(function (res) {
          if (!res.ok) {
            return res.json().catch(function () { return null; }).then(function (body) { throw new Error(errorOf(res, body)); });
          }
          var reader = res.body.getReader();
          var decoder = new TextDecoder();
          var buffered = '';
          function handle(line) {
            if (line.trim() === '') return;
            var msg = JSON.parse(line);
            if (msg.type === 'progress') {
              progress.max = msg.total;
              progress.value = msg.done;
              setStatus(scanForm, 'Scanned ' + msg.done + ' of ' + msg.total);
            } else if (msg.type === 'done') {
              setStatus(scanForm, 'Done.');
              showResult(msg.html);
            }
          }
          function pump() {
            return reader.read().then(function (chunk) {
              if (chunk.done) {
                handle(buffered);
                return;
              }
              buffered += decoder.decode(chunk.value, { stream: true });
              var lines = buffered.split('\n');
              buffered = lines.pop();
              lines.forEach(handle);
              return pump();
            });
          }
          return pump();
        })
        .catch(function (err) {
          setStatus(scanForm, '');
          setError(scanForm, err.message || String(err));
        })
        .then(function () {
          button.disabled = false;
          progress.hidden = true;
        });
    });
  }

  enhance(document);
})();
