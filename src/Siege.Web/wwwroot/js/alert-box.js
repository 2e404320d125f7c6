// The page's alert: a message, or several, and the choices that put it right as buttons. Its texts are functions so
// that a change of language rewords an alert already shown.

import { htmlEl } from './svg.js';

export class AlertBox {
  constructor(element) {
    this.element = element;
    this.messages = [];
    this.choices = [];
  }

  /** A plain message (already worded), or '' to clear the alert. */
  show(message) {
    this.showChoices(message ? [() => message] : [], []);
  }

  /**
   * @param messages [() → text]
   * @param choices [{label: () → text, act: () → void}]: each a button; pressing one clears the alert and acts
   */
  showChoices(messages, choices) {
    this.messages = messages;
    this.choices = choices;
    this.relabel();
  }

  clear() {
    this.show('');
  }

  relabel() {
    const box = this.element;
    box.replaceChildren();
    box.hidden = this.messages.length === 0;
    for (const message of this.messages) htmlEl('p', {}, message(), box);
    if (this.choices.length === 0) return;
    const actions = htmlEl('div', { class: 'alert-actions' }, null, box);
    for (const choice of this.choices) {
      const button = htmlEl('button', { type: 'button' }, choice.label(), actions);
      button.addEventListener('click', () => {
        this.clear();
        choice.act();
      });
    }
  }
}
