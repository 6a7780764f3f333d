/**
 * The commission in session (the BCC table): a distinct oval conference table with the two
 * delegations at its ends, the agenda item count, who tables, what has been agreed, and the formal
 * proposal lying on it. It replaces the talks table while `phase` is "session".
 */
import type Phaser from 'phaser';
import { type Layout, LINE, type Rect } from './layout';
import type { SessionModel } from './model';
import { OfferCards } from './offer-cards';
import { addTableNote, addText, fitText, setFontSize } from './text';
import { colours, cssColour } from './theme';

const room = 0x17222b;
const tableTop = 0x2a3f5c;
const rim = 0x6e5136;

export class SessionTable {
  private readonly back: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly agenda: Phaser.GameObjects.Text;
  private readonly tabler: Phaser.GameObjects.Text;
  private readonly empty: Phaser.GameObjects.Text;
  private readonly offer: OfferCards;
  private layout: Layout | null = null;
  private oval: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private shownSeats = '';
  private headerKey = '';

  constructor(scene: Phaser.Scene) {
    this.back = scene.add.graphics();
    this.title = addText(scene, { serif: true, bold: true, colour: cssColour(colours.goldLight) });
    this.agenda = addText(scene, { bold: true, colour: cssColour(colours.paper) }).setOrigin(1, 0);
    this.tabler = addText(scene, { colour: cssColour(colours.paperShade) }).setOrigin(1, 0);
    this.empty = addTableNote(scene);
    this.offer = new OfferCards(scene);
  }

  setLayout(layout: Layout): void {
    this.layout = layout;
    const { font } = layout;
    setFontSize(this.title, font.heading);
    setFontSize(this.agenda, font.small);
    setFontSize(this.tabler, font.small);
    setFontSize(this.empty, font.body);
    this.headerKey = '';
  }

  /**
   * The title left, the agenda and who tables right of it; on a narrow table the title takes the
   * first line and the other two share the next (or take one each). The oval fills what is left.
   */
  private placeHeader(): void {
    const layout = this.layout;
    if (!layout) return;
    const { table, k, font } = layout;
    const pad = Math.round(10 * k);
    const width = table.w - 2 * pad;
    const space = Math.round(14 * k);
    const top = table.y + Math.round(6 * k);
    const small = Math.round(font.small * 1.3);
    const right = table.x + table.w - pad;
    this.title.setPosition(table.x + pad, top);
    let headerHeight: number;
    if (this.title.width + Math.max(this.agenda.width, this.tabler.width) + space <= width) {
      this.agenda.setOrigin(1, 0).setPosition(right, top);
      this.tabler.setOrigin(1, 0).setPosition(right, top + small);
      headerHeight = Math.max(Math.round(font.heading * 1.4), 2 * small) + Math.round(6 * k);
    } else {
      const second = top + Math.round(font.heading * LINE);
      this.agenda.setOrigin(0, 0).setPosition(table.x + pad, second);
      const oneLine = this.agenda.width + this.tabler.width + space <= width;
      this.tabler
        .setOrigin(oneLine ? 1 : 0, 0)
        .setPosition(oneLine ? right : table.x + pad, second + (oneLine ? 0 : small));
      headerHeight = second - table.y + (oneLine ? small : 2 * small);
    }
    const key = `${headerHeight}`;
    if (key === this.headerKey) return;
    this.headerKey = key;
    const y = table.y + headerHeight;
    this.oval = { x: table.x + pad, y, w: table.w - 2 * pad, h: table.y + table.h - pad / 2 - y };
    this.empty.setPosition(table.x + table.w / 2, this.oval.y + this.oval.h / 2);
    // The papers lie across the table and may overhang its rim a little; on a narrow table they
    // reach to the chairs, so three cards keep readable widths.
    const chair = this.chairRadius();
    const inset = layout.mode === 'compact' ? chair : (this.oval.w * 0.24) / 2;
    this.offer.setLayout(layout, {
      x: this.oval.x + inset,
      y: this.oval.y + Math.round(2 * k),
      w: this.oval.w - 2 * inset,
      h: this.oval.h - Math.round(4 * k),
    });
    this.shownSeats = '';
  }

  setVisible(visible: boolean): void {
    for (const o of [this.back, this.title, this.agenda, this.tabler, this.empty]) o.setVisible(visible);
    this.offer.setVisible(visible);
    if (!visible) this.shownSeats = '';
  }

  update(session: SessionModel, seatColours: [number, number]): void {
    const layout = this.layout;
    const venue = session.venue ? ` · ${session.venue}` : '';
    const titleRoom = (layout?.table.w ?? 400) - Math.round(20 * (layout?.k ?? 1));
    fitText(this.title, `${session.commission} session${venue}`, titleRoom, 1);
    const item = Math.min(session.item + 1, session.agendaItems);
    this.agenda.setText(`AGENDA ITEM ${item} OF ${session.agendaItems} · AGREED ${session.agreed}`);
    this.tabler.setText(`${session.tabler.shortName} tables this item`);
    this.placeHeader();
    const seatsKey = seatColours.join(',');
    if (seatsKey !== this.shownSeats) {
      this.shownSeats = seatsKey;
      this.drawRoom(seatColours);
    }
    this.empty.setVisible(session.offer === null);
    if (!session.offer) {
      fitText(this.empty, `${session.tabler.shortName} to table a formal proposal.`, this.oval.w * 0.6, 2);
    }
    this.offer.update(session.offer);
  }

  /** The delegations' chairs at the ends of the table. */
  private chairRadius(): number {
    return Math.round(Math.min(this.oval.h * 0.22, 16 * (this.layout?.k ?? 1)));
  }

  /** The room, the oval table with its rim, and a chair in each delegation's colour at the ends. */
  private drawRoom([left, right]: [number, number]): void {
    const layout = this.layout;
    if (!layout) return;
    const { table, k } = layout;
    const { x, y, w, h } = this.oval;
    const g = this.back.clear();
    g.fillStyle(room, 1).fillRoundedRect(table.x, table.y, table.w, table.h, layout.radius);
    g.lineStyle(Math.max(1, Math.round(2 * k)), colours.gold, 0.8).strokeRoundedRect(
      table.x,
      table.y,
      table.w,
      table.h,
      layout.radius,
    );
    const seat = this.chairRadius();
    g.fillStyle(left, 1).fillCircle(x + seat, y + h / 2, seat);
    g.fillStyle(right, 1).fillCircle(x + w - seat, y + h / 2, seat);
    const ox = x + seat * 2.4;
    const ow = w - seat * 4.8;
    g.fillStyle(rim, 1).fillRoundedRect(ox, y, ow, h, h / 2);
    const band = Math.max(2, Math.round(5 * k));
    g.fillStyle(tableTop, 1).fillRoundedRect(
      ox + band,
      y + band,
      ow - 2 * band,
      h - 2 * band,
      (h - 2 * band) / 2,
    );
    g.lineStyle(Math.max(1, Math.round(k)), colours.gold, 0.7);
    g.strokeRoundedRect(ox + band * 2, y + band * 2, ow - 4 * band, h - 4 * band, (h - 4 * band) / 2);
  }
}
