(function () {
  'use strict';
  // Static code only: everything it reads from the report is in escaped attributes and text,
  // and it writes back with textContent and class names, never as markup.
  var items = [].slice.call(document.querySelectorAll('li.item'));
  var marks = [].slice.call(document.querySelectorAll('mark.hl'));
  var rank = { error: 0, warning: 1, info: 2 };
  var byId = {};
  items.forEach(function (it) { byId[it.getAttribute('data-f')] = it; });
  var smooth = !(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  var store = null;
  try { store = window.localStorage; } catch (e) { store = null; }
  var storeKey = 'reportcheck:' + (document.body.getAttribute('data-doc') || '');

  function box(it) { return it.querySelector('input.done'); }

  function setText(id, s) {
    var el = document.getElementById(id);
    if (el) { el.textContent = s; }
  }

  function filterValues(kind) {
    var on = {};
    [].forEach.call(document.querySelectorAll('input[data-filter="' + kind + '"]'), function (c) {
      on[c.value] = c.checked;
      c.parentNode.classList.toggle('off', !c.checked);
    });
    return on;
  }

  function refresh() {
    var sev = filterValues('sev');
    var cat = filterValues('cat');
    var hideDoneBox = document.getElementById('hide-done');
    var hideDone = hideDoneBox ? hideDoneBox.checked : false;
    var shown = 0;
    var done = 0;
    items.forEach(function (it) {
      var isDone = box(it).checked;
      it.classList.toggle('is-done', isDone);
      if (isDone) { done++; }
      var show = sev[it.getAttribute('data-sev')] !== false && cat[it.getAttribute('data-cat')] !== false
        && !(hideDone && isDone);
      it.hidden = !show;
      if (show) { shown++; }
    });
    [].forEach.call(document.querySelectorAll('li.group'), function (g) {
      var any = false;
      for (var n = g.nextElementSibling; n && !n.classList.contains('group'); n = n.nextElementSibling) {
        if (!n.hidden) { any = true; }
      }
      g.hidden = !any;
    });
    // a piece of text is highlighted for the shown findings that cover it, in the worst one's colour
    marks.forEach(function (m) {
      var best = null;
      var count = 0;
      var allDone = true;
      m.getAttribute('data-f').split(' ').forEach(function (id) {
        var it = byId[id];
        if (!it || it.hidden) { return; }
        count++;
        var s = it.getAttribute('data-sev');
        if (best === null || rank[s] < rank[best]) { best = s; }
        if (!it.classList.contains('is-done')) { allDone = false; }
      });
      var flashing = m.classList.contains('flash');
      m.className = 'hl' + (best ? ' on sev-' + best : '') + (count > 1 ? ' multi' : '')
        + (best && allDone ? ' done' : '') + (flashing ? ' flash' : '');
    });
    setText('shown', '显示 ' + shown + ' / ' + items.length + ' 项');
    setText('done-n', String(done));
  }

  function flash(el) {
    el.classList.remove('flash');
    void el.offsetWidth; // restart the animation when the same place is clicked again
    el.classList.add('flash');
    setTimeout(function () { el.classList.remove('flash'); }, 1600);
  }

  function scrollTo(el, block) {
    el.scrollIntoView({ block: block, behavior: smooth ? 'smooth' : 'auto' });
  }

  function select(it) {
    items.forEach(function (x) { x.classList.toggle('current', x === it); });
  }

  function goTo(it) {
    select(it);
    var found = document.querySelectorAll('mark.hl[data-f~="' + it.getAttribute('data-f') + '"]');
    if (found.length) {
      scrollTo(found[0], 'center');
      [].forEach.call(found, flash);
      return;
    }
    var line = it.getAttribute('data-line');
    if (!line) {
      // about the whole report: back to the top, where its title and counts are
      window.scrollTo({ top: 0, behavior: smooth ? 'smooth' : 'auto' });
      flash(document.getElementById('doc-title'));
      return;
    }
    var target = document.getElementById('L' + line);
    if (target) {
      scrollTo(target, 'center');
      flash(target);
    }
  }

  function itemFor(mark) {
    var best = null;
    mark.getAttribute('data-f').split(' ').forEach(function (id) {
      var it = byId[id];
      if (it && !it.hidden && (best === null || rank[it.getAttribute('data-sev')] < rank[best.getAttribute('data-sev')])) {
        best = it;
      }
    });
    return best;
  }

  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!(t instanceof Element)) { return; }
    var jump = t.closest('button.jump');
    if (jump) {
      var ln = document.getElementById('L' + jump.getAttribute('data-line'));
      if (ln) { scrollTo(ln, 'center'); flash(ln); }
      return;
    }
    var body = t.closest('li.item .body');
    if (body) { goTo(body.parentNode); return; }
    var mark = t.closest('mark.hl.on');
    if (mark) {
      var it = itemFor(mark);
      if (it) { select(it); scrollTo(it, 'nearest'); flash(it); }
    }
  });

  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if ((e.key === 'Enter' || e.key === ' ') && t instanceof Element && t.matches('li.item .body')) {
      e.preventDefault();
      goTo(t.parentNode);
    }
  });

  document.addEventListener('change', function (e) {
    if (e.target instanceof Element && e.target.matches('input.done')) { save(); }
    refresh();
  });

  // ticks are kept in this browser per report, so closing the page loses no work
  function save() {
    if (!store) { return; }
    var keys = items.filter(function (it) { return box(it).checked; })
      .map(function (it) { return it.getAttribute('data-k'); });
    try { store.setItem(storeKey, JSON.stringify(keys)); } catch (e) { /* storage full or refused */ }
  }

  function load() {
    if (!store) { return; }
    try {
      var keys = JSON.parse(store.getItem(storeKey) || '[]');
      items.forEach(function (it) { box(it).checked = keys.indexOf(it.getAttribute('data-k')) >= 0; });
    } catch (e) { /* nothing saved, or not ours */ }
  }

  load();
  refresh();
}());
