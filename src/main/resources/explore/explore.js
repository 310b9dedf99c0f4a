/*
 * diplograph explore: a network of who met whom, a timeline and a list of contacts, filtered
 * together. Served by `diplograph serve` at /explore/ (the data read from its SPARQL endpoint with
 * the queries in queries/), or written by `diplograph export --format html` as one file whose data
 * is inlined in <script id="explore-data">. No build step: plain browser JavaScript.
 */
(function () {
  'use strict';

  var TYPES = ['meeting', 'call', 'summit', 'visit'];
  var STATUSES = ['held', 'planned', 'proposed', 'cancelled'];
  // Okabe-Ito colours: told apart by colour-blind readers too
  var TYPE_COLOURS = { meeting: '#0072B2', call: '#009E73', summit: '#E69F00', visit: '#CC79A7' };
  var COUNTRY_COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b', '#e377c2',
    '#17becf', '#bcbd22', '#ff7f0e', '#393b79', '#637939', '#843c39'];
  var OTHER_COUNTRY = '#9a9a9a';
  var LIST_PAGE = 100;
  // more persons than this make an unreadable network and a slow first render: the busiest are drawn
  var MAX_NODES = 120;
  // up to this many nodes the force-directed layout is quick; above, the concentric one
  var FORCE_LAYOUT_NODES = 60;
  var DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

  var model = { persons: new Map(), contacts: [], countries: [], topics: [], evidence: null };
  var view = { cy: null, contacts: [], listShown: 0, timings: {} };

  // ---------------------------------------------------------------------------------------------
  // Loading

  function rows(results) {
    return results.results.bindings.map(function (b) {
      var row = {};
      Object.keys(b).forEach(function (k) { row[k] = b[k].value; });
      return row;
    });
  }

  function split(text, separator) {
    return text ? text.split(separator).filter(function (s) { return s.length > 0; }) : [];
  }

  function endpoint() {
    var meta = document.querySelector('meta[name="diplograph-endpoint"]');
    return new URL(meta.content, window.location.href).toString();
  }

  function fetchText(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) { throw new Error(url + ': ' + r.status + ' ' + r.statusText); }
      return r.text();
    });
  }

  function sparql(query) {
    return fetch(endpoint(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json' },
      body: query
    }).then(function (r) {
      if (!r.ok) {
        return r.text().then(function (t) { throw new Error('the SPARQL endpoint answered ' + r.status + ': ' + t.slice(0, 300)); });
      }
      return r.json();
    });
  }

  function load() {
    var inline = document.getElementById('explore-data');
    if (inline) {
      var data = JSON.parse(inline.textContent);
      model.evidence = groupEvidence(rows(data.evidence));
      return Promise.resolve([data.persons, data.contacts]);
    }
    return Promise.all([
      fetchText('queries/persons.rq').then(sparql),
      fetchText('queries/contacts.rq').then(sparql)
    ]);
  }

  function buildModel(persons, contacts) {
    rows(persons).forEach(function (r) {
      model.persons.set(r.person, {
        id: r.person,
        label: r.label || localName(r.person),
        country: r.country || '',
        countryLabel: r.countryLabel || '',
        names: split(r.names, '\t'),
        offices: split(r.offices, '\t'),
        contacts: 0
      });
    });
    var topics = new Set();
    var countryCounts = new Map();
    model.contacts = rows(contacts).map(function (r) {
      var names = new Map();
      split(r.participantNames, '\t').forEach(function (entry) {
        var space = entry.indexOf(' ');
        names.set(entry.slice(0, space), entry.slice(space + 1));
      });
      var roles = new Map();
      split(r.roles, '\t').forEach(function (entry) {
        var space = entry.indexOf(' ');
        var who = entry.slice(0, space);
        roles.set(who, (roles.get(who) || []).concat([entry.slice(space + 1)]));
      });
      var participants = split(r.participants, ' ');
      var c = {
        id: r.contact, type: r.type, date: r.date || '', status: r.status, place: r.place || '',
        partOf: r.partOf || '', participants: participants, names: names, roles: roles,
        topics: split(r.topics, '\t').sort()
      };
      c.topics.forEach(function (t) { topics.add(t); });
      c.persons = participants.filter(function (p) { return model.persons.has(p); }).sort();
      c.persons.forEach(function (p) {
        var person = model.persons.get(p);
        person.contacts++;
        if (person.country) { countryCounts.set(person.country, (countryCounts.get(person.country) || 0) + 1); }
      });
      return c;
    });
    model.contacts.sort(function (a, b) { return compareDates(a, b) || (a.id < b.id ? -1 : 1); });
    model.topics = Array.from(topics).sort(collator().compare);
    // the busiest countries get the distinct colours, in order
    model.countries = Array.from(countryCounts.keys()).sort(function (a, b) {
      return countryCounts.get(b) - countryCounts.get(a) || (a < b ? -1 : 1);
    }).map(function (iri, i) {
      var person = Array.from(model.persons.values()).find(function (p) { return p.country === iri; });
      return { id: iri, label: person.countryLabel || localName(iri), colour: COUNTRY_COLOURS[i] || OTHER_COUNTRY };
    });
  }

  function groupEvidence(list) {
    var byContact = new Map();
    list.forEach(function (e) {
      byContact.set(e.contact, (byContact.get(e.contact) || []).concat([e]));
    });
    return byContact;
  }

  /** The evidence of some contacts: from the inlined data, or asked from the endpoint. */
  function evidenceOf(contactIds) {
    if (model.evidence) {
      return Promise.resolve(model.evidence);
    }
    return fetchText('queries/evidence.rq').then(function (text) {
      // the IRIs come from the endpoint's own answers; a stray character would still be refused
      var iris = contactIds.filter(function (id) { return /^[^<>"{}|^`\\\s]+$/.test(id); })
        .map(function (id) { return '<' + id + '>'; }).join(' ');
      return sparql(text.replace('VALUES ?contact { }', 'VALUES ?contact { ' + iris + ' }'));
    }).then(function (results) { return groupEvidence(rows(results)); });
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  function localName(iri) {
    return decodeURIComponent(iri.replace(/^.*\//, '')).replace(/-/g, ' ');
  }

  function collator() {
    return new Intl.Collator('fr', { sensitivity: 'base' });
  }

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^m(\.|me|lle)?\s+/, '').trim();
  }

  function compareDates(a, b) {
    var x = sortableDate(a.date);
    var y = sortableDate(b.date);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  /** Dates without a year ("--06-17") and missing dates sort last. */
  function sortableDate(d) {
    return !d ? '~~' : d.startsWith('--') ? '~' + d : d;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return node;
  }

  function personName(contact, iri) {
    var p = model.persons.get(iri);
    return p ? p.label : contact.names.get(iri) || localName(iri);
  }

  function countryColour(iri) {
    var c = model.countries.find(function (x) { return x.id === iri; });
    return c ? c.colour : OTHER_COUNTRY;
  }

  // ---------------------------------------------------------------------------------------------
  // Filters, kept in the address (after #) so that a view can be shared

  function readFilter() {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    function list(name, all) {
      var v = params.get(name);
      return new Set(v === null ? all : split(v, ',').filter(function (x) { return all.indexOf(x) >= 0; }));
    }
    return {
      person: params.get('person') || '',
      country: params.get('country') || '',
      types: list('type', TYPES),
      statuses: list('status', STATUSES),
      from: DATE.test(params.get('from') || '') ? params.get('from') : '',
      to: DATE.test(params.get('to') || '') ? params.get('to') : '',
      topic: params.get('topic') || ''
    };
  }

  function writeFilter(f) {
    var params = new URLSearchParams();
    if (f.person) { params.set('person', f.person); }
    if (f.country) { params.set('country', f.country); }
    if (f.types.size < TYPES.length) { params.set('type', TYPES.filter(function (t) { return f.types.has(t); }).join(',')); }
    if (f.statuses.size < STATUSES.length) { params.set('status', STATUSES.filter(function (s) { return f.statuses.has(s); }).join(',')); }
    if (f.from) { params.set('from', f.from); }
    if (f.to) { params.set('to', f.to); }
    if (f.topic) { params.set('topic', f.topic); }
    var hash = params.toString();
    if (hash !== window.location.hash.replace(/^#/, '')) {
      history.replaceState(null, '', hash ? '#' + hash : window.location.pathname + window.location.search);
    }
  }

  /** A date matches a range when it lies between the range's ends cut to its own precision. */
  function inRange(date, from, to) {
    if (!from && !to) { return true; }
    if (!date || date.startsWith('--')) { return false; }
    return (!from || from.slice(0, date.length) <= date) && (!to || date <= to.slice(0, date.length));
  }

  function matches(c, f) {
    if (!f.types.has(c.type) || !f.statuses.has(c.status) || !inRange(c.date, f.from, f.to)) { return false; }
    if (f.person && c.participants.indexOf(f.person) < 0) { return false; }
    if (f.topic && c.topics.indexOf(f.topic) < 0) { return false; }
    if (f.country) {
      var inCountry = c.participants.some(function (p) {
        var person = model.persons.get(p);
        return p === f.country || (person && person.country === f.country);
      });
      if (!inCountry) { return false; }
    }
    return true;
  }

  /** The person whose name (any form) is the text, else the first whose name contains it. */
  function findPerson(text) {
    var wanted = fold(text);
    if (!wanted) { return null; }
    var persons = Array.from(model.persons.values());
    var exact = persons.find(function (p) {
      return [p.label].concat(p.names).some(function (n) { return fold(n) === wanted; });
    });
    return exact || persons.find(function (p) {
      return [p.label].concat(p.names).some(function (n) { return fold(n).indexOf(wanted) >= 0; });
    }) || null;
  }

  function fillControls(f) {
    var person = model.persons.get(f.person);
    document.getElementById('f-person').value = person ? person.label : '';
    document.getElementById('f-country').value = f.country;
    document.querySelectorAll('#f-type input').forEach(function (i) { i.checked = f.types.has(i.value); });
    document.querySelectorAll('#f-status input').forEach(function (i) { i.checked = f.statuses.has(i.value); });
    document.getElementById('f-from').value = f.from;
    document.getElementById('f-to').value = f.to;
    document.getElementById('f-topic').value = f.topic;
  }

  function controlsFilter() {
    var f = readFilter();
    var text = document.getElementById('f-person').value;
    var message = document.getElementById('person-message');
    message.textContent = '';
    if (text.trim()) {
      var person = findPerson(text);
      if (person) {
        f.person = person.id;
      } else {
        message.textContent = 'No person named "' + text + '" took part in a contact.';
        f.person = '';
      }
    } else {
      f.person = '';
    }
    f.country = document.getElementById('f-country').value;
    f.types = new Set(Array.from(document.querySelectorAll('#f-type input:checked')).map(function (i) { return i.value; }));
    f.statuses = new Set(Array.from(document.querySelectorAll('#f-status input:checked')).map(function (i) { return i.value; }));
    ['from', 'to'].forEach(function (k) {
      var input = document.getElementById('f-' + k);
      f[k] = DATE.test(input.value.trim()) ? input.value.trim() : '';
      input.setAttribute('aria-invalid', input.value.trim() && !f[k] ? 'true' : 'false');
    });
    f.topic = document.getElementById('f-topic').value;
    return f;
  }

  function setUpControls() {
    var names = document.getElementById('person-names');
    var seen = new Set();
    Array.from(model.persons.values()).sort(function (a, b) { return b.contacts - a.contacts; }).forEach(function (p) {
      [p.label].concat(p.names).forEach(function (n) {
        if (!seen.has(n)) { seen.add(n); names.appendChild(el('option', { value: n })); }
      });
    });
    var country = document.getElementById('f-country');
    model.countries.slice().sort(function (a, b) { return collator().compare(a.label, b.label); }).forEach(function (c) {
      country.appendChild(el('option', { value: c.id, text: c.label }));
    });
    var topic = document.getElementById('f-topic');
    model.topics.forEach(function (t) { topic.appendChild(el('option', { value: t, text: t })); });

    var form = document.getElementById('filters');
    form.addEventListener('submit', function (e) { e.preventDefault(); apply(controlsFilter()); });
    form.addEventListener('change', function () { apply(controlsFilter()); });
    document.getElementById('f-person').addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); apply(controlsFilter()); }
    });
    document.getElementById('reset').addEventListener('click', function () {
      history.replaceState(null, '', window.location.pathname + window.location.search);
      document.getElementById('person-message').textContent = '';
      var f = readFilter();
      fillControls(f);
      apply(f);
    });
    document.getElementById('more').addEventListener('click', function () { showMoreRows(); });
    window.addEventListener('hashchange', function () {
      var f = readFilter();
      fillControls(f);
      apply(f);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  function apply(f) {
    writeFilter(f);
    view.contacts = model.contacts.filter(function (c) { return matches(c, f); });
    var persons = new Set();
    view.contacts.forEach(function (c) { c.persons.forEach(function (p) { persons.add(p); }); });
    document.getElementById('summary').textContent = view.contacts.length + ' of ' + model.contacts.length
      + ' contacts, ' + persons.size + ' persons' + (f.person ? ', with ' + model.persons.get(f.person).label : '');
    var t = performance.now();
    renderNetwork();
    view.timings.network = Math.round(performance.now() - t);
    t = performance.now();
    renderTimeline();
    view.timings.timeline = Math.round(performance.now() - t);
    t = performance.now();
    renderList();
    view.timings.list = Math.round(performance.now() - t);
  }

  /** One edge per two persons, type and held-or-not: its contacts listed when clicked. */
  function edgesOf(contacts) {
    var edges = new Map();
    contacts.forEach(function (c) {
      var tentative = c.status === 'planned' || c.status === 'proposed';
      for (var i = 0; i < c.persons.length; i++) {
        for (var j = i + 1; j < c.persons.length; j++) {
          var key = c.persons[i] + ' ' + c.persons[j] + ' ' + c.type + ' ' + (tentative ? 'tentative' : 'firm');
          var e = edges.get(key);
          if (!e) {
            e = { id: 'e' + edges.size, source: c.persons[i], target: c.persons[j], type: c.type, tentative: tentative, contacts: [] };
            edges.set(key, e);
          }
          e.contacts.push(c.id);
        }
      }
    });
    return Array.from(edges.values());
  }

  function renderNetwork() {
    var counts = new Map();
    view.contacts.forEach(function (c) { c.persons.forEach(function (p) { counts.set(p, (counts.get(p) || 0) + 1); }); });
    var total = counts.size;
    if (total > MAX_NODES) {
      var busiest = Array.from(counts.entries()).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); })
        .slice(0, MAX_NODES);
      counts = new Map(busiest);
    }
    document.getElementById('network-note').textContent = total > MAX_NODES
      ? 'The ' + MAX_NODES + ' persons with the most contacts in this view are drawn (of ' + total
        + '); choose a person, a country or dates to see the others. The timeline and the list show every contact.'
      : '';
    var max = Math.max.apply(null, [1].concat(Array.from(counts.values())));
    var elements = [];
    counts.forEach(function (n, iri) {
      var p = model.persons.get(iri);
      elements.push({ group: 'nodes', data: {
        id: iri, label: p.label, contacts: n, size: 14 + 36 * Math.sqrt(n / max), colour: countryColour(p.country)
      } });
    });
    var edges = edgesOf(view.contacts).filter(function (e) { return counts.has(e.source) && counts.has(e.target); });
    edges.forEach(function (e) {
      elements.push({ group: 'edges', data: {
        id: e.id, source: e.source, target: e.target, type: e.type, tentative: e.tentative ? 'yes' : 'no',
        contacts: e.contacts, width: Math.min(12, 1.5 + e.contacts.length), colour: TYPE_COLOURS[e.type]
      } });
    });
    var large = counts.size > FORCE_LAYOUT_NODES;
    if (view.cy) { view.cy.destroy(); }
    view.cy = cytoscape({
      container: document.getElementById('network'),
      elements: elements,
      wheelSensitivity: 0.3,
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      style: [
        { selector: 'node', style: {
          'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(label)',
          'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#222',
          'text-outline-color': '#fff', 'text-outline-width': 2, 'min-zoomed-font-size': large ? 9 : 0
        } },
        { selector: 'edge', style: {
          'line-color': 'data(colour)', width: 'data(width)', 'curve-style': large ? 'haystack' : 'bezier', opacity: 0.8
        } },
        { selector: 'edge[tentative = "yes"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
        { selector: ':selected', style: { 'overlay-color': '#000', 'overlay-opacity': 0.15, 'overlay-padding': 4 } }
      ],
      layout: large
        ? { name: 'concentric', concentric: function (n) { return n.data('contacts'); }, levelWidth: function () { return 2; }, minNodeSpacing: 4, animate: false }
        : { name: 'cose', animate: false, randomize: false, nodeRepulsion: function () { return 400000; },
            idealEdgeLength: function () { return 110; }, nodeOverlap: 40, componentSpacing: 80, gravity: 40, padding: 30 }
    });
    view.cy.on('tap', 'edge', function (evt) { showEdge(evt.target); });
    view.cy.on('tap', 'node', function (evt) { showPerson(evt.target.id()); });
    view.cy.on('mouseover', 'node, edge', function (evt) { showTooltip(evt); });
    view.cy.on('mouseout', 'node, edge', function () { document.getElementById('tooltip').hidden = true; });
    renderLegend();
  }

  function renderLegend() {
    var legend = document.getElementById('legend');
    legend.textContent = '';
    TYPES.forEach(function (t) {
      legend.appendChild(el('span', { class: 'key' }, [el('span', { class: 'line', style: 'border-color:' + TYPE_COLOURS[t] }), t]));
    });
    legend.appendChild(el('span', { class: 'key' }, [el('span', { class: 'line dashed' }), 'planned or proposed']));
    model.countries.slice(0, COUNTRY_COLOURS.length).forEach(function (c) {
      legend.appendChild(el('span', { class: 'key' }, [el('span', { class: 'dot', style: 'background:' + c.colour }), c.label]));
    });
  }

  function showTooltip(evt) {
    var tip = document.getElementById('tooltip');
    var t = evt.target;
    tip.textContent = '';
    if (t.isNode()) {
      var p = model.persons.get(t.id());
      tip.appendChild(el('strong', { text: p.label }));
      if (p.countryLabel) { tip.appendChild(el('div', { text: p.countryLabel })); }
      p.offices.forEach(function (o) { tip.appendChild(el('div', { class: 'role', text: o })); });
      tip.appendChild(el('div', { text: t.data('contacts') + ' contact' + (t.data('contacts') > 1 ? 's' : '') }));
    } else {
      var contacts = t.data('contacts').map(byId);
      [t.data('source'), t.data('target')].forEach(function (iri) {
        var roles = new Set();
        contacts.forEach(function (c) { (c.roles.get(iri) || []).forEach(function (r) { roles.add(r); }); });
        tip.appendChild(el('div', {}, [el('strong', { text: model.persons.get(iri).label }),
          roles.size ? ' (' + Array.from(roles).join(', ') + ')' : '']));
      });
      tip.appendChild(el('div', { text: contacts.length + ' ' + t.data('type') + (contacts.length > 1 ? 's' : '')
        + (t.data('tentative') === 'yes' ? ', planned or proposed' : '') }));
    }
    var box = document.getElementById('network').getBoundingClientRect();
    var pos = evt.renderedPosition || t.renderedPosition();
    tip.style.left = Math.min(box.width - 240, Math.max(0, pos.x + 12)) + 'px';
    tip.style.top = (pos.y + 12) + 'px';
    tip.hidden = false;
  }

  var contactIndex = null;
  function byId(id) {
    if (!contactIndex) {
      contactIndex = new Map();
      model.contacts.forEach(function (c) { contactIndex.set(c.id, c); });
    }
    return contactIndex.get(id);
  }

  function showEdge(edge) {
    var a = model.persons.get(edge.data('source')).label;
    var b = model.persons.get(edge.data('target')).label;
    var contacts = edge.data('contacts').map(byId);
    showContacts(a + ' – ' + b + ': ' + contacts.length + ' ' + edge.data('type') + (contacts.length > 1 ? 's' : ''), contacts);
  }

  function showPerson(iri) {
    var p = model.persons.get(iri);
    var contacts = view.contacts.filter(function (c) { return c.participants.indexOf(iri) >= 0; });
    showContacts(p.label + (p.countryLabel ? ' (' + p.countryLabel + ')' : '') + ': ' + contacts.length + ' contact'
      + (contacts.length > 1 ? 's' : ''), contacts, iri);
  }

  function showContacts(title, contacts, person) {
    var panel = document.getElementById('details');
    panel.textContent = '';
    panel.appendChild(el('h2', { id: 'details-title', text: title }));
    if (person) {
      var only = el('button', { type: 'button', text: 'Show only the contacts of ' + model.persons.get(person).label });
      only.addEventListener('click', function () {
        var f = readFilter();
        f.person = person;
        fillControls(f);
        apply(f);
      });
      panel.appendChild(only);
    }
    var list = el('ol', { class: 'contacts' });
    contacts.slice(0, 50).forEach(function (c) { list.appendChild(contactItem(c)); });
    panel.appendChild(list);
    if (contacts.length > 50) { panel.appendChild(el('p', { class: 'hint', text: 'The first 50 of ' + contacts.length + ' are shown.' })); }
    panel.focus();
    evidenceOf(contacts.slice(0, 50).map(function (c) { return c.id; })).then(function (byContact) {
      contacts.slice(0, 50).forEach(function (c) {
        var slot = panel.querySelector('[data-evidence="' + CSS.escape(c.id) + '"]');
        if (slot) { fillEvidence(slot, byContact.get(c.id) || []); }
      });
      panel.setAttribute('data-evidence-state', 'loaded');
    }).catch(function (e) {
      panel.appendChild(el('p', { class: 'message', text: 'The sentences could not be loaded: ' + e.message }));
    });
  }

  function contactItem(c) {
    var who = c.participants.map(function (iri) {
      var roles = c.roles.get(iri);
      return personName(c, iri) + (roles ? ' (' + roles.join(', ') + ')' : '');
    }).join(', ');
    var facts = el('dl', {}, [
      el('dt', { text: 'Date' }), el('dd', { text: c.date || 'unknown' }),
      el('dt', { text: 'Place' }), el('dd', { text: c.place || 'unknown' }),
      el('dt', { text: 'Status' }), el('dd', { text: c.status }),
      el('dt', { text: 'With' }), el('dd', { text: who }),
      c.topics.length ? el('dt', { text: 'Topics' }) : null, c.topics.length ? el('dd', { text: c.topics.join(', ') }) : null
    ]);
    return el('li', { class: 'contact ' + c.type, 'data-contact': c.id }, [
      el('h3', { text: c.type + (c.date ? ', ' + c.date : '') + (c.place ? ', ' + c.place : '') }),
      facts,
      el('div', { class: 'evidence', 'data-evidence': c.id }, [el('p', { class: 'hint', text: 'Loading the sentences…' })])
    ]);
  }

  function fillEvidence(slot, evidence) {
    slot.textContent = '';
    evidence.forEach(function (e) {
      // the article itself when its address is known; else, when served, its graph in the store
      var href = e.source || (model.evidence ? '' : new URL('get?graph=' + encodeURIComponent(e.graph), endpoint()).toString());
      var source = href
        ? el('a', { href: href, rel: 'noopener', target: '_blank', text: e.title || e.documentId })
        : el('span', { text: e.title || e.documentId });
      slot.appendChild(el('figure', {}, [
        el('blockquote', { text: e.sentence }),
        el('figcaption', {}, [source, (e.issued ? ', ' + e.issued : '') + (e.reported ? ' (reported ' + e.reported + ')' : '')])
      ]));
    });
    if (!evidence.length) { slot.appendChild(el('p', { class: 'hint', text: 'No sentence stored.' })); }
  }

  function renderTimeline() {
    var box = document.getElementById('timeline');
    box.textContent = '';
    var dated = view.contacts.filter(function (c) { return /^\d{4}/.test(c.date); });
    if (!dated.length) {
      box.appendChild(el('p', { class: 'hint', text: 'No dated contact in this view.' }));
      return;
    }
    function time(d) {
      var parts = d.split('-').map(Number);
      // a month or a year is placed at its middle
      return Date.UTC(parts[0], parts.length > 1 ? parts[1] - 1 : 6, parts.length > 2 ? parts[2] : (parts.length > 1 ? 15 : 1));
    }
    var t0 = time(dated[0].date);
    var t1 = time(dated[dated.length - 1].date);
    var y0 = new Date(t0).getUTCFullYear();
    var y1 = new Date(t1).getUTCFullYear() + 1;
    var start = Date.UTC(y0, 0, 1);
    var end = Date.UTC(y1, 0, 1);
    var width = Math.max(320, box.clientWidth || 800);
    var left = 70;
    var lane = 26;
    var height = 30 + lane * TYPES.length;
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('width', '100%');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Timeline of ' + dated.length + ' dated contacts from ' + y0 + ' to ' + (y1 - 1));
    function x(t) { return left + (width - left - 10) * (t - start) / (end - start); }
    function add(tag, attrs, text) {
      var node = document.createElementNS(ns, tag);
      Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
      if (text) { node.textContent = text; }
      svg.appendChild(node);
      return node;
    }
    var step = Math.max(1, Math.ceil((y1 - y0) / Math.max(1, Math.floor((width - left) / 60))));
    for (var y = y0; y <= y1; y += step) {
      var xx = x(Date.UTC(y, 0, 1));
      add('line', { x1: xx, x2: xx, y1: 0, y2: height - 20, class: 'tick' });
      add('text', { x: xx + 2, y: height - 6, class: 'year' }, String(y));
    }
    TYPES.forEach(function (t, i) {
      add('text', { x: 4, y: 18 + i * lane, class: 'lane' }, t);
    });
    dated.forEach(function (c) {
      var i = TYPES.indexOf(c.type);
      var filled = c.status === 'held';
      var dot = add('circle', {
        cx: x(time(c.date)), cy: 14 + i * lane, r: 5, class: 'dot ' + c.status,
        fill: filled ? TYPE_COLOURS[c.type] : '#fff', stroke: c.status === 'cancelled' ? '#555' : TYPE_COLOURS[c.type],
        'data-contact': c.id
      });
      var title = document.createElementNS(ns, 'title');
      title.textContent = c.date + ' ' + c.type + ' (' + c.status + '): ' + c.persons.map(function (p) { return model.persons.get(p).label; }).join(', ');
      dot.appendChild(title);
      dot.addEventListener('click', function () { showContacts(c.type + ', ' + c.date, [c]); });
    });
    box.appendChild(svg);
    var undated = view.contacts.length - dated.length;
    if (undated) { box.appendChild(el('p', { class: 'hint', text: undated + ' contact' + (undated > 1 ? 's' : '') + ' without a year are in the list below.' })); }
  }

  function renderList() {
    document.querySelector('#contact-list tbody').textContent = '';
    view.listShown = 0;
    showMoreRows();
  }

  function showMoreRows() {
    var body = document.querySelector('#contact-list tbody');
    var next = view.contacts.slice(view.listShown, view.listShown + LIST_PAGE);
    next.forEach(function (c) {
      var open = el('button', { type: 'button', class: 'link', text: c.date || 'no date' });
      open.addEventListener('click', function () { showContacts(c.type + (c.date ? ', ' + c.date : ''), [c]); });
      body.appendChild(el('tr', { 'data-contact': c.id, class: c.type }, [
        el('td', {}, [open]), el('td', { text: c.type }), el('td', { text: c.status }),
        el('td', { text: c.participants.map(function (p) { return personName(c, p); }).join(', ') }),
        el('td', { text: c.place })
      ]));
    });
    view.listShown += next.length;
    var more = document.getElementById('more');
    more.hidden = view.listShown >= view.contacts.length;
    more.textContent = 'Show more contacts (' + (view.contacts.length - view.listShown) + ' left)';
  }

  // ---------------------------------------------------------------------------------------------

  // on a phone the filters start folded, so that the network is on the first screen
  if (window.matchMedia('(max-width: 700px)').matches) {
    document.querySelector('#filters details').open = false;
  }

  var began = performance.now();
  load().then(function (results) {
    view.timings.load = Math.round(performance.now() - began);
    var t = performance.now();
    buildModel(results[0], results[1]);
    view.timings.model = Math.round(performance.now() - t);
    setUpControls();
    var f = readFilter();
    fillControls(f);
    apply(f);
    document.body.setAttribute('data-first-render-ms', String(Math.round(performance.now() - began)));
    document.body.setAttribute('data-state', 'ready');
  }).catch(function (e) {
    document.getElementById('summary').textContent = 'The graph could not be loaded: ' + e.message;
    document.body.setAttribute('data-state', 'error');
  });

  // for scripts and tests: the graph and the model behind the page
  window.diplograph = { model: model, view: view };
}());
