// Policy Desk playground: a thin transport between the page and /playground/api. Every fragment
// is drawn on the server from the core's neutral replies; this file only posts what was typed or
// pressed (with the chosen person), inserts the HTML that comes back, and polls for notifications.

(() => {
  const main = document.getElementById('playground');
  if (!main) return;

  const org = main.dataset.org;
  const pollMs = Number(main.dataset.pollMs) || 2000;
  const conversation = document.getElementById('conversation');
  const inbox = document.getElementById('inbox');
  const home = document.getElementById('home');
  const personSelect = document.getElementById('person');
  const orgSelect = document.getElementById('org');
  const guestField = document.getElementById('guest-field');
  const guestName = document.getElementById('guest-name');
  const guestGo = document.getElementById('guest-go');
  const askForm = document.getElementById('ask');
  const question = document.getElementById('question');
  const requestsMenu = document.getElementById('requests-menu');
  const connection = document.getElementById('connection');

  // What a person sees instead of the browser's "Failed to fetch" when the server is not there.
  const unreachable =
    'Policy Desk is not answering: the server may have stopped. Start it again (npm start), then try again.';

  let person = main.dataset.person;
  let version = -1;
  const logs = new Map();

  // One conversation per person, kept in the page, so switching back shows where you were.
  function logFor(id) {
    let log = logs.get(id);
    if (!log) {
      log = document.createElement('div');
      log.className = 'person-log';
      log.dataset.person = id;
      conversation.append(log);
      logs.set(id, log);
    }
    return log;
  }

  function showLog() {
    for (const [id, log] of logs) log.hidden = id !== person;
    logFor(person).hidden = false;
  }

  async function call(path, body) {
    const init =
      body === undefined
        ? { headers: { accept: 'application/json' } }
        : {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify(body),
          };
    let response;
    try {
      response = await fetch(path, init);
    } catch {
      throw new Error(unreachable);
    }
    let data = {};
    try {
      data = await response.json();
    } catch {
      // Not JSON: the status says enough.
    }
    if (!response.ok) throw new Error(data.error?.message || `The server answered ${response.status}.`);
    return data;
  }

  const query = (params) => new URLSearchParams({ org, person, ...params }).toString();

  // A reply taller than the view is shown from its top (the verdict, the status), not its end:
  // on a phone an answer is several screens long and its verdict comes first.
  function reveal(turn) {
    const reply = turn.querySelector('article, form, .notice') || turn;
    const room = Math.min(conversation.clientHeight || window.innerHeight, window.innerHeight);
    reply.scrollIntoView({ block: reply.offsetHeight > room * 0.8 ? 'start' : 'nearest' });
  }

  function say(markup) {
    const turn = document.createElement('div');
    turn.className = 'turn';
    turn.innerHTML = markup;
    logFor(person).append(turn);
    reveal(turn);
    return turn;
  }

  // Disabling the pressed button drops focus to the page body: a form that opened takes it (its
  // first field), otherwise it goes back to the button, so Enter and Tab carry on from there.
  function keepFocus(turn, button) {
    const field = turn?.querySelector('form input:not([type="hidden"]), form select, form textarea');
    if (field) field.focus({ preventScroll: true });
    else if (button.isConnected && (document.activeElement === document.body || !document.activeElement))
      button.focus({ preventScroll: true });
  }

  function sayError(message) {
    const line = document.createElement('p');
    line.className = 'notice notice-error';
    line.setAttribute('role', 'alert');
    line.textContent = message;
    logFor(person).append(line);
  }

  // Redraws keep a comment being typed into a request card.
  function typedComments(container) {
    const typed = new Map();
    for (const box of container.querySelectorAll('[data-request-id] textarea[name="comment"]')) {
      if (box.value) typed.set(box.closest('[data-request-id]').dataset.requestId, box.value);
    }
    return typed;
  }

  function restoreComments(container, typed) {
    for (const card of container.querySelectorAll('[data-request-id]')) {
      const box = card.querySelector('textarea[name="comment"]');
      if (box && typed.has(card.dataset.requestId)) box.value = typed.get(card.dataset.requestId);
    }
  }

  function replaceContent(container, markup) {
    const typed = typedComments(container);
    container.innerHTML = markup;
    restoreComments(container, typed);
  }

  async function refreshHome(asked) {
    const data = await call(`/playground/api/home?${query({})}`);
    if (asked === person) replaceContent(home, data.html);
  }

  async function refreshCards(asked) {
    const cards = [...logFor(asked).querySelectorAll('article[data-request-id]')].slice(-20);
    await Promise.all(
      cards.map(async (card) => {
        const data = await call(`/playground/api/request?${query({ id: card.dataset.requestId })}`);
        if (asked !== person || !card.isConnected) return;
        const holder = document.createElement('div');
        holder.innerHTML = data.html;
        const fresh = holder.firstElementChild;
        if (!fresh) return;
        const typed = typedComments(card.parentElement);
        card.replaceWith(fresh);
        restoreComments(fresh.parentElement, typed);
      }),
    );
  }

  let polling = false;
  let again = false;
  async function refresh() {
    if (polling) {
      again = true;
      return;
    }
    polling = true;
    const asked = person;
    try {
      const data = await call(`/playground/api/inbox?${query({ since: String(version) })}`);
      if (asked === person && data.changed) {
        replaceContent(inbox, data.html);
        // Not while a guest name is being typed: the picker would jump back to the current person.
        if (guestField.hidden) personSelect.innerHTML = data.persons;
        await Promise.all([refreshHome(asked), refreshCards(asked)]);
        if (asked === person) version = data.version;
      }
      main.classList.remove('offline');
      connection.hidden = true;
    } catch (error) {
      main.classList.add('offline');
      const text = error.message === unreachable ? `${unreachable} This page reconnects by itself.` : error.message;
      if (connection.textContent !== text) connection.textContent = text;
      connection.hidden = false;
    } finally {
      polling = false;
      if (again) {
        again = false;
        void refresh();
      }
    }
  }

  function loop() {
    void refresh().finally(() => setTimeout(loop, pollMs));
  }

  function switchTo(id) {
    person = id;
    main.dataset.person = id;
    history.replaceState(null, '', `/?${new URLSearchParams({ org, person: id })}`);
    showLog();
    inbox.innerHTML = '';
    home.innerHTML = '';
    version = -1;
    void refresh();
  }

  personSelect.addEventListener('change', () => {
    if (personSelect.value === 'guest') {
      guestField.hidden = false;
      guestName.focus();
      return;
    }
    guestField.hidden = true;
    switchTo(personSelect.value);
  });

  function useGuestName() {
    const name = guestName.value.trim();
    if (!name) {
      guestName.focus();
      return;
    }
    guestField.hidden = true;
    switchTo(`guest:${name}`);
  }

  guestGo.addEventListener('click', useGuestName);
  guestName.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      useGuestName();
    }
  });

  // Changing organisation reloads the page, so arrow keys only move through the list; Enter, or
  // leaving the menu on another organisation, switches. A pick with the mouse switches at once.
  let keyboardPick = false;
  function switchOrganisation() {
    if (orgSelect.value !== org) location.href = `/?${new URLSearchParams({ org: orgSelect.value })}`;
  }
  orgSelect.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      switchOrganisation();
    } else if (
      event.key.startsWith('Arrow') ||
      ['Home', 'End', 'PageUp', 'PageDown'].includes(event.key) ||
      event.key.length === 1
    ) {
      keyboardPick = true;
    }
  });
  orgSelect.addEventListener('change', () => {
    if (keyboardPick) {
      keyboardPick = false;
      return;
    }
    switchOrganisation();
  });
  orgSelect.addEventListener('blur', switchOrganisation);

  askForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = question.value.trim();
    if (!text) {
      question.focus();
      return;
    }
    const button = askForm.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const data = await call('/playground/api/ask', { org, person, text });
      say(data.html);
      question.value = '';
    } catch (error) {
      sayError(error.message);
    } finally {
      button.disabled = false;
      // Ready for the next question, without scrolling away from the answer just shown.
      question.focus({ preventScroll: true });
    }
  });

  requestsMenu.addEventListener('click', async () => {
    try {
      say((await call(`/playground/api/flows?${new URLSearchParams({ org })}`)).html);
    } catch (error) {
      sayError(error.message);
    }
  });

  document.addEventListener('click', async (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest('button[data-action]');
    const opener = target?.closest('button[data-open-request]');
    if (button) {
      const card = button.closest('[data-request-id]');
      const comment = card?.querySelector('textarea[name="comment"]');
      const body = { org, person, action: button.dataset.action, value: JSON.parse(button.dataset.value || '{}') };
      if (comment?.value.trim()) body.comment = comment.value.trim();
      button.disabled = true;
      let turn;
      try {
        turn = say((await call('/playground/api/action', body)).html);
      } catch (error) {
        sayError(error.message);
      } finally {
        button.disabled = false;
      }
      keepFocus(turn, button);
      void refresh();
    } else if (opener) {
      try {
        say((await call(`/playground/api/request?${query({ id: opener.dataset.openRequest })}`)).html);
      } catch (error) {
        sayError(error.message);
      }
    }
  });

  document.addEventListener('submit', async (event) => {
    const form = event.target instanceof Element ? event.target.closest('form[data-flow]') : null;
    if (!form) return;
    event.preventDefault();
    const fields = {};
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') fields[name] = value;
    const body = { org, person, flow: form.dataset.flow, fields };
    if (form.dataset.submission) body.submission = form.dataset.submission;
    const button = form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    try {
      const data = await call('/playground/api/submit', body);
      const turn = document.createElement('div');
      turn.className = 'turn';
      turn.innerHTML = data.html;
      form.replaceWith(turn);
      const problem = turn.querySelector('.error-summary a, [aria-invalid="true"]');
      if (problem) problem.focus();
      void refresh();
    } catch (error) {
      if (button) button.disabled = false;
      sayError(error.message);
    }
  });

  showLog();
  loop();
})();
