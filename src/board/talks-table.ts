/**
 * The table during talks: which exchange this is, who leads, and the offer lying on it. When the
 * game is over the same space says how it ended.
 */
import type Phaser from 'phaser';
import { type Layout, LINE } from './layout';
import type { BoardModel } from './model';
import { OfferCards } from './offer-cards';
import { addTableNote, addText, fitText, setFontSize } from './text';
import { colours, cssColour } from './theme';

const baize = 0x24414a;
const baizeEdge = 0x4c6a70;

export class TalksTable {
  private readonly back: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly lead: Phaser.GameObjects.Text;
  private readonly empty: Phaser.GameObjects.Text;
  private readonly offer: OfferCards;
  private layout: Layout | null = null;
  /** Whether the lead sits on a line of its own under the title (a narrow table). */
  private stacked: boolean | null = null;

  constructor(scene: Phaser.Scene) {
    this.back = scene.add.graphics();
    this.title = addText(scene, { bold: true, colour: cssColour(colours.paper) });
    this.lead = addText(scene, { colour: cssColour(colours.goldLight) }).setOrigin(1, 0);
    this.empty = addTableNote(scene);
    this.offer = new OfferCards(scene);
  }

  setLayout(layout: Layout): void {
    this.layout = layout;
    const { table, k } = layout;
    const pad = Math.round(10 * k);
    this.back.clear().fillStyle(baize, 1).fillRoundedRect(table.x, table.y, table.w, table.h, layout.radius);
    this.back
      .lineStyle(Math.max(1, Math.round(2 * k)), baizeEdge, 1)
      .strokeRoundedRect(table.x, table.y, table.w, table.h, layout.radius);
    setFontSize(this.title, layout.font.small);
    setFontSize(this.lead, layout.font.small);
    setFontSize(this.empty, layout.font.body);
    this.title.setPosition(table.x + pad, table.y + Math.round(6 * k));
    this.lead.setPosition(table.x + table.w - pad, table.y + Math.round(6 * k));
    this.empty.setPosition(table.x + table.w / 2, table.y + table.h / 2 + Math.round(8 * k));
    this.stacked = null;
  }

  /** The title left and the lead right, or the lead under the title when both do not fit. */
  private placeHeader(): void {
    const layout = this.layout;
    if (!layout) return;
    const { table, k, font } = layout;
    const pad = Math.round(10 * k);
    const stacked = this.title.width + this.lead.width + 2 * pad + Math.round(12 * k) > table.w;
    const line = Math.round(font.small * LINE);
    this.lead.setPosition(table.x + table.w - pad, table.y + Math.round(6 * k) + (stacked ? line : 0));
    if (stacked === this.stacked) return;
    this.stacked = stacked;
    const top = table.y + Math.round(font.small * 1.5 + 10 * k) + (stacked ? line : 0);
    this.offer.setLayout(layout, {
      x: table.x + pad,
      y: top,
      w: table.w - 2 * pad,
      h: table.y + table.h - pad - top,
    });
  }

  setVisible(visible: boolean): void {
    for (const o of [this.back, this.title, this.lead, this.empty]) o.setVisible(visible);
    this.offer.setVisible(visible);
  }

  update(model: BoardModel): void {
    const talks = model.talks;
    const table = this.layout?.table;
    if (model.ended) {
      this.title.setText('GAME OVER');
      this.lead.setText('');
      this.placeHeader();
      const how =
        model.ended.reason === 'collapse'
          ? 'The treaty has collapsed.'
          : 'The treaty has reached its end date.';
      fitText(this.empty, `${how} See the debrief for the scores.`, (table?.w ?? 400) * 0.8, 2);
      this.empty.setVisible(true);
      this.offer.update(null);
      return;
    }
    if (!talks) return;
    const exchange = Math.min(talks.exchange + 1, talks.exchanges);
    this.title.setText(`TALKS · EXCHANGE ${exchange} OF ${talks.exchanges}`);
    const offer = talks.offer;
    this.lead.setText(`${talks.lead.shortName} leads${offer?.countered ? ' · offer countered' : ''}`);
    this.placeHeader();
    this.empty.setVisible(offer === null);
    if (!offer)
      fitText(
        this.empty,
        `Nothing on the table yet: ${talks.lead.shortName} to lead.`,
        (table?.w ?? 400) * 0.8,
        2,
      );
    this.offer.update(offer);
  }
}
