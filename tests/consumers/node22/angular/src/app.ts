import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { validateDataset } from 'pm-pathways/validate.js';
import copied from '../../../custom.json';

const checked = validateDataset(copied);

@Component({
  selector: 'app-root',
  // The pm- tags are custom elements: Angular passes attributes, properties and events through.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <pm-pathway-card class="demo-card" pathway="formal-education" heading-level="2"></pm-pathway-card>
    <pm-pathway-picker class="demo-picker" (pm-pathway-change)="chosen.set($event.detail.pathway)"></pm-pathway-picker>
    <p class="demo-chosen">{{ chosen() }}</p>
    @if (custom) {
      <pm-pathway-data [data]="custom">
        <pm-pathway-card class="demo-custom" pathway="internal-transition"></pm-pathway-card>
      </pm-pathway-data>
    }
  `,
})
export class App {
  protected readonly chosen = signal<string | null>(null);
  protected readonly custom = checked.ok ? checked.data : undefined;
}
