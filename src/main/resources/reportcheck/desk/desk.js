(function () {
  'use strict';
  // The upload page. Everything from a report or a file name is written with textContent.
  var pid = (location.pathname.match(/^\/p\/([a-f0-9]+)/) || [])[1];
  var api = '/api/p/' + pid;
  var limits = { maxFiles: 20, maxFileMB: 50 };
  var store = null;
  try { store = window.localStorage; } catch (e) { store = null; }

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function when(s) { return (s || '').replace('T', ' ').slice(0, 16); }

  $('pid').textContent = pid;
  var who = $('reviewer');
  who.value = (store && store.getItem('reportcheck:reviewer')) || '';
  who.addEventListener('change', function () { if (store) { store.setItem('reportcheck:reviewer', who.value.trim()); } });

  function message(lines, bad) {
    var m = $('msg');
    m.textContent = '';
    lines.forEach(function (l) {
      var p = el('p', bad ? 'bad' : '');
      if (typeof l === 'string') { p.textContent = l; } else { l.forEach(function (x) { p.appendChild(x); }); }
      m.appendChild(p);
    });
  }

  function load() {
    fetch(api + '/reports', { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (d) {
      if (d.error) { message([d.error], true); return; }
      limits = d;
      $('limits').textContent = '可上传 Word（.docx）、PDF（有文字层）、网页（.html）和文本（.txt）；一次最多 '
        + d.maxFiles + ' 个文件，每个不超过 ' + d.maxFileMB + ' MB。';
      if (d.keepUploads) { $('keep').checked = true; $('keep').disabled = true; }
      var body = document.querySelector('#reports tbody');
      body.textContent = '';
      var sel = $('previous');
      while (sel.options.length > 2) { sel.remove(2); }
      d.reports.forEach(function (m) {
        var tr = el('tr');
        tr.setAttribute('data-id', m.id);
        var a = el('td');
        a.appendChild(el('div', 't', m.title || '（报告无标题）'));
        a.appendChild(el('div', 'f', m.name + (m.issuer ? ' · ' + m.issuer : '')));
        tr.appendChild(a);
        tr.appendChild(el('td', '', when(m.uploaded)));
        var c = el('td');
        if (m.status !== 'checked') {
          c.appendChild(el('span', 'failed', '无法检查：' + (m.error || '')));
        } else {
          c.appendChild(el('span', 'n-error', '错误 ' + m.counts.error));
          c.appendChild(document.createTextNode(' · '));
          c.appendChild(el('span', 'n-warning', '警告 ' + m.counts.warning));
          c.appendChild(document.createTextNode(' · '));
          c.appendChild(el('span', 'n-info', '提示 ' + m.counts.info));
        }
        tr.appendChild(c);
        var total = m.counts.error + m.counts.warning + m.counts.info;
        var done = m.decided.fixed + m.decided['not-issue'] + m.decided.pending;
        tr.appendChild(el('td', 'progress-cell', '已审 ' + done + ' / ' + total
          + (m.decided.pending ? '（待定 ' + m.decided.pending + '）' : '')));
        tr.appendChild(el('td', 'compare-cell', m.compare ? '新问题 ' + m.compare['new'] + ' · 已改正 '
          + m.compare.fixed + ' · 仍在 ' + m.compare.remaining : ''));
        var o = el('td');
        if (m.status === 'checked') {
          var link = el('a', 'open', '审核');
          link.href = '/p/' + pid + '/r/' + m.id + '/';
          o.appendChild(link);
          var opt = el('option', '', '以「' + (m.title || m.name) + '」（' + when(m.uploaded) + '）为上一稿');
          opt.value = m.id;
          sel.appendChild(opt);
        }
        tr.appendChild(o);
        body.appendChild(tr);
      });
      $('reports').hidden = d.reports.length === 0;
      $('empty').hidden = d.reports.length > 0;
    }).catch(function () { message(['无法连接审核台：请确认 reportcheck serve 仍在运行。'], true); });
  }

  function upload(files) {
    files = [].slice.call(files);
    if (!files.length) { return; }
    if (files.length > limits.maxFiles) {
      message(['一次选了 ' + files.length + ' 个文件：一次最多上传 ' + limits.maxFiles + ' 个。'], true);
      return;
    }
    var big = files.filter(function (f) { return f.size > limits.maxFileMB * 1024 * 1024; });
    if (big.length) {
      message(big.map(function (f) { return f.name + '：文件太大，每个文件不超过 ' + limits.maxFileMB + ' MB。'; }), true);
      return;
    }
    var form = new FormData();
    files.forEach(function (f) { form.append('files', f, f.name); });
    if ($('keep').checked) { form.append('keep', '1'); }
    form.append('previous', $('previous').value);
    var xhr = new XMLHttpRequest();
    $('progress').hidden = false;
    $('bar').style.width = '0';
    $('status').textContent = '正在上传 ' + files.length + ' 个文件……';
    message([]);
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { $('bar').style.width = Math.round(e.loaded * 100 / e.total) + '%'; }
    };
    xhr.upload.onload = function () {
      $('bar').style.width = '100%';
      $('status').textContent = '已上传，正在检查 ' + files.length + ' 份报告……';
    };
    xhr.onload = function () {
      $('progress').hidden = true;
      var d = null;
      try { d = JSON.parse(xhr.responseText); } catch (e) { d = { error: '审核台的回答无法读取（' + xhr.status + '）' }; }
      if (xhr.status !== 200 || d.error) { message([d.error || ('上传失败（' + xhr.status + '）')], true); load(); return; }
      var lines = [];
      d.reports.forEach(function (m) {
        if (m.status !== 'checked') { lines.push(m.name + '：无法检查：' + (m.error || '')); return; }
        var a = el('a', 'open', '打开审查页面');
        a.href = '/p/' + pid + '/r/' + m.id + '/';
        lines.push([document.createTextNode(m.name + '：错误 ' + m.counts.error + ' · 警告 ' + m.counts.warning
          + ' · 提示 ' + m.counts.info + '　'), a]);
      });
      d.refused.forEach(function (r) { lines.push(r.name + '：' + r.error); });
      message(lines, false);
      load();
    };
    xhr.onerror = function () {
      $('progress').hidden = true;
      message(['上传失败：与审核台的连接中断。'], true);
    };
    xhr.open('POST', api + '/upload');
    xhr.send(form);
  }

  $('files').addEventListener('change', function (e) { upload(e.target.files); e.target.value = ''; });
  var drop = $('drop');
  ['dragenter', 'dragover'].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove('over'); });
  });
  drop.addEventListener('drop', function (e) { if (e.dataTransfer) { upload(e.dataTransfer.files); } });
  // a file dropped beside the box must not make the browser navigate away to it
  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) { e.preventDefault(); });
  load();
})();
