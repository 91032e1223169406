import { Document, Packer, SectionType, type ISectionOptions } from 'docx';
import type { FontPlan } from '../../fonts';
import { LAYOUT_OF, type OfficialDocument } from '../../model';
import { stampText } from '../../format';
import { type Flow } from './flow';
import { bulletinTailBlock, colophonBlock, type FootBlock } from './footBlock';
import { formSection } from './form';
import { bulletinFlow, generalFlow, minutesFlow } from './layouts';
import { letterFlow } from './letter';
import { sectionProperties, withStamp } from './pageSetup';
import { footChildren, placeFoot } from './placement';
import { blankLine } from './runs';
import { documentStyles, normalStyleXml } from './styles';
import { DOCX_FONT_NAMES, fontTableXml } from './fontTable';

/**
 * Renders an OfficialDocument as a GB/T 9704-2012 .docx (docformat.md "Word"). Pure: runs in the
 * renderer and in Node alike, and returns the package's bytes. Every run names the official faces
 * and the font table says what stands in for each (fontTable.ts), whatever this PC has installed:
 * a file exported here opens in 仿宋_GB2312 on the office's PC. `_installed` (this PC's faces) is
 * not written into the file.
 */
export async function renderDocx(doc: OfficialDocument, _installed?: FontPlan): Promise<Uint8Array> {
  const fonts = DOCX_FONT_NAMES;
  const document = new Document({
    creator: doc.signature?.organ ?? '',
    title: doc.title,
    styles: documentStyles(fonts),
    externalStyles: normalStyleXml(fonts),
    evenAndOddHeaderAndFooters: true,
    sections: buildSections(doc, fonts).map((section) =>
      doc.stamp ? withStamp(section, fonts, stampText(doc.stamp)) : section,
    ),
  });
  const fontTable = { path: 'word/fontTable.xml', data: fontTableXml() };
  return new Uint8Array(await Packer.toArrayBuffer(document, false, [fontTable]));
}

function buildSections(doc: OfficialDocument, fonts: FontPlan): ISectionOptions[] {
  const numbered = sectionProperties(fonts, { hasPageNumbers: true });
  switch (LAYOUT_OF[doc.kind]) {
    case 'form':
      return [formSection(doc, fonts)];
    case 'letter': {
      const body = letterFlow(doc, fonts);
      const foot = doc.colophon ? colophonBlock(doc.colophon, fonts, false) : undefined;
      return withFoot(
        body,
        foot,
        true,
        fonts,
        sectionProperties(fonts, { hasPageNumbers: true, hasFirstPageNumber: false }),
      );
    }
    case 'bulletin':
      return withFoot(
        bulletinFlow(doc, fonts),
        doc.bulletin && bulletinTailBlock(doc.bulletin, fonts),
        true,
        fonts,
        numbered,
      );
    case 'minutes':
      return withFoot(
        minutesFlow(doc, fonts),
        doc.colophon && colophonBlock(doc.colophon, fonts),
        true,
        fonts,
        numbered,
      );
    case 'general':
      return withFoot(
        generalFlow(doc, fonts),
        doc.colophon && colophonBlock(doc.colophon, fonts),
        true,
        fonts,
        numbered,
      );
  }
}

/** The body section, and the 版记/报尾 at the foot of the right page (see placement.ts). */
function withFoot(
  body: Flow,
  foot: FootBlock | undefined,
  needsEvenPage: boolean,
  fonts: FontPlan,
  page: Omit<ISectionOptions, 'children'>,
): ISectionOptions[] {
  if (!foot?.frames.length) return [{ ...page, children: body.children }];
  const placement = placeFoot(body, foot, needsEvenPage);
  if (placement !== 'blankThenNextPage')
    return [{ ...page, children: [...body.children, ...footChildren(foot, placement)] }];
  // A full even page: a blank page and the 版记 page follow, neither numbered (§7.5).
  const unnumbered = sectionProperties(fonts, { hasPageNumbers: false });
  return [
    { ...page, children: body.children },
    {
      ...unnumbered,
      properties: { ...unnumbered.properties, type: SectionType.NEXT_PAGE },
      children: [blankLine(), ...footChildren(foot, 'nextPage')],
    },
  ];
}
