(function () {
  'use strict';
  // Adds the desk to a review page it serves: downloads, the reviewer's decision on each finding
  // (kept on the server), the record and, for a later draft, what is new, fixed and remaining.
  // Everything from the report is written with textContent.
  var m = location.pathname.match(/^\/p\/([a-f0-9]+)\/r\/([0-9a-f-]+)/);
  if (!m) { return; }
  var pid = m[1];
  var rid = m[2];
  var api = '/api/p/' + pid + '/r/' + rid;
  var files = '/p/' + pid + '/r/' + rid + '/file/';
  var labels = { fixed: '已修改', 'not-issue': '不是问题', pending: '待定' };
  var store = null;
  try { store = window.localStorage; } catch (e) { store = null; }
  var decisions = {};
  var items = [].slice.call(document.querySelectorAll('li.item'));

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function link(text, href, cls) {
    var a = el('a', cls || '', text);
    a.href = href;
    return a;
  }
  function reviewer() { return (store && store.getItem('reportcheck:reviewer')) || ''; }
  function when(s) { return (s || '').replace('T', ' ').slice(0, 16); }
  function post(url, body) {
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) }).then(function (r) {
      return r.json().then(function (d) { if (!r.ok) { throw new Error(d.error || String(r.status)); } return d; });
    });
  }

  var bar = el('nav', 'desk-bar');
  bar.setAttribute('aria-label', '审核台');
  bar.appendChild(link('← 审核台', '/p/' + pid + '/', 'back'));
  var dl = el('span', 'dl', '下载：');
  bar.appendChild(dl);
  var whoLabel = el('label', 'who', '审核人 ');
  var who = el('input');
  who.id = 'desk-reviewer';
  who.maxLength = 40;
  who.placeholder = '姓名';
  who.value = reviewer();
  whoLabel.appendChild(who);
  bar.appendChild(whoLabel);
  var record = link('导出审核意见单', '#', 'primary');
  record.id = 'desk-record';
  bar.appendChild(record);
  var base = link('导出基线文件', files + 'baseline', '');
  base.id = 'desk-baseline';
  base.title = '把标为“不是问题”的条目写成基线文件，供命令行 check --baseline 使用';
  bar.appendChild(base);
  var tally = el('span', 'tally');
  tally.id = 'desk-tally';
  bar.appendChild(tally);
  var status = el('span', 'desk-status');
  status.setAttribute('role', 'status');
  bar.appendChild(status);
  document.body.insertBefore(bar, document.body.firstChild);

  function updateRecordLink() {
    record.href = files + 'record?reviewer=' + encodeURIComponent(who.value.trim());
  }
  who.addEventListener('input', function () {
    if (store) { store.setItem('reportcheck:reviewer', who.value.trim()); }
    updateRecordLink();
  });
  updateRecordLink();

  function refreshTally() {
    var n = { fixed: 0, 'not-issue': 0, pending: 0 };
    Object.keys(decisions).forEach(function (k) { if (n[decisions[k].decision] !== undefined) { n[decisions[k].decision]++; } });
    var open = items.length - n.fixed - n['not-issue'] - n.pending;
    tally.textContent = '已修改 ' + n.fixed + ' · 不是问题 ' + n['not-issue'] + ' · 待定 ' + n.pending + ' · 未处理 ' + open;
  }

  function show(it) {
    var i = it.getAttribute('data-f');
    var d = decisions[i] || null;
    var box = it.querySelector('.desk-decide');
    [].forEach.call(box.querySelectorAll('button[data-d]'), function (b) {
      var on = d !== null && b.getAttribute('data-d') === d.decision;
      b.classList.toggle('on', on);
      b.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
    var reason = box.querySelector('input.reason');
    reason.hidden = !(d && d.decision === 'not-issue');
    if (document.activeElement !== reason) { reason.value = d && d.reason ? d.reason : ''; }
    var carried = box.querySelector('.carried');
    carried.hidden = !(d && d.carried);
    it.classList.toggle('decided', d !== null);
    it.setAttribute('data-decision', d ? d.decision : '');
  }

  function save(it, decision, reason) {
    var i = Number(it.getAttribute('data-f'));
    status.textContent = '正在保存……';
    post(api + '/decision', { index: i, decision: decision, reason: reason, by: who.value.trim() }).then(function (all) {
      decisions = all;
      items.forEach(show);
      refreshTally();
      status.textContent = '已保存';
    }).catch(function (e) { status.textContent = '未能保存：' + e.message; });
  }

  items.forEach(function (it) {
    var box = el('div', 'desk-decide');
    var tag = el('span', 'state');
    tag.hidden = true;
    box.appendChild(tag);
    ['fixed', 'not-issue', 'pending'].forEach(function (d) {
      var b = el('button', 'd-' + d, labels[d]);
      b.type = 'button';
      b.setAttribute('data-d', d);
      b.addEventListener('click', function () {
        var cur = decisions[it.getAttribute('data-f')];
        if (cur && cur.decision === d) { save(it, '', ''); return; }
        save(it, d, d === 'not-issue' ? box.querySelector('input.reason').value.trim() : '');
        if (d === 'not-issue') { setTimeout(function () { box.querySelector('input.reason').focus(); }, 0); }
      });
      box.appendChild(b);
    });
    var reason = el('input', 'reason');
    reason.maxLength = 200;
    reason.placeholder = '为什么不是问题（简要说明）';
    reason.hidden = true;
    reason.addEventListener('change', function () { save(it, 'not-issue', reason.value.trim()); });
    reason.addEventListener('keydown', function (e) { if (e.key === 'Enter') { reason.blur(); } });
    box.appendChild(reason);
    var carried = el('span', 'carried', '沿用上一稿的意见');
    carried.hidden = true;
    box.appendChild(carried);
    it.appendChild(box);
  });

  function compareBox(d) {
    var c = d.compare;
    var box = el('section', 'desk-compare');
    box.id = 'desk-compare';
    if (c) {
      var p = el('p');
      p.appendChild(document.createTextNode('与上一稿「' + c.previousName + '」（' + when(c.previousUploaded) + ' 检查）相比：'));
      var n = el('b', 'c-new', '新问题 ' + c['new']);
      n.id = 'desk-new';
      var f = el('b', 'c-fixed', '已改正 ' + c.fixedCount);
      f.id = 'desk-fixed';
      var r = el('b', 'c-remaining', '仍在 ' + c.remaining);
      r.id = 'desk-remaining';
      [n, document.createTextNode(' · '), f, document.createTextNode(' · '), r].forEach(function (x) { p.appendChild(x); });
      if (c.carried) { p.appendChild(document.createTextNode('（' + c.carried + ' 条“不是问题”的意见已沿用）')); }
      p.appendChild(document.createTextNode(' '));
      p.appendChild(link('打开上一稿', '/p/' + pid + '/r/' + c.previous + '/'));
      box.appendChild(p);
      if (c.fixed.length) {
        var det = el('details');
        det.appendChild(el('summary', '', '上一稿中已改正的 ' + c.fixed.length + ' 个问题'));
        var ol = el('ol', 'fixed-list');
        c.fixed.forEach(function (x) {
          var li = el('li');
          li.appendChild(el('span', 'ttl', x.title));
          li.appendChild(el('q', '', x.evidence));
          ol.appendChild(li);
        });
        det.appendChild(ol);
        box.appendChild(det);
      }
      items.forEach(function (it) {
        var s = c.status[Number(it.getAttribute('data-f'))];
        var tag = it.querySelector('.desk-decide .state');
        if (!s) { return; }
        tag.hidden = false;
        tag.textContent = s.state === 'new' ? '新问题' : '上一稿已有';
        tag.className = 'state ' + s.state;
        it.setAttribute('data-state', s.state);
      });
    }
    if (d.others.length) {
      var choose = el('label', 'choose', c ? '换一份作为上一稿：' : '与另一稿对照：');
      var sel = el('select');
      sel.id = 'desk-previous';
      sel.appendChild(el('option', '', '（选择）'));
      d.others.forEach(function (o) {
        var opt = el('option', '', o.name + '（' + when(o.uploaded) + '）');
        opt.value = o.id;
        sel.appendChild(opt);
      });
      sel.addEventListener('change', function () {
        if (!sel.value) { return; }
        post(api + '/compare', { previous: sel.value }).then(function () { location.reload(); })
          .catch(function (e) { status.textContent = '未能对照：' + e.message; });
      });
      choose.appendChild(sel);
      box.appendChild(choose);
    }
    if (box.firstChild) { bar.parentNode.insertBefore(box, bar.nextSibling); }
  }

  fetch(api, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (d) {
    if (d.error) { status.textContent = d.error; return; }
    var names = { docx: '带批注的 Word', json: 'JSON', md: 'Markdown', html: '审查页面' };
    ['docx', 'json', 'md', 'html'].forEach(function (k) {
      if (d.meta.downloads.indexOf(k) >= 0) {
        var a = link(names[k], files + k);
        a.id = 'desk-dl-' + k;
        dl.appendChild(a);
      }
    });
    if (d.meta.kept) { dl.appendChild(link('原文件', files + 'original')); }
    decisions = d.decisions;
    items.forEach(show);
    refreshTally();
    compareBox(d);
    document.body.classList.add('desk-ready');
  }).catch(function () { status.textContent = '无法连接审核台：请确认 reportcheck serve 仍在运行。'; });
})();
