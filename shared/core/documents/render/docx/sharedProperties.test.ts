import { AlignmentType, Document, Packer, Paragraph, SectionType, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { STANDARD_FONT_PLAN as fonts } from '../../fonts';
import { paragraph, run, runOptions, sharedParagraphProperties } from './runs';
import { SharedPropertiesParagraph } from './sharedProperties';

/** word/document.xml of two sections of paragraphs made by `make`. */
async function documentXml(make: (text: string) => Paragraph): Promise<string> {
  const document = new Document({
    sections: [
      { children: [make('一'), make('二')] },
      { properties: { type: SectionType.NEXT_PAGE }, children: [make('三'), new Paragraph({})] },
    ],
  });
  return strFromU8(unzipSync(new Uint8Array(await Packer.toArrayBuffer(document)))['word/document.xml']);
}

describe('shared run and paragraph properties', () => {
  const options = { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 632 } };
  const shared = sharedParagraphProperties(options);

  it('write the same XML as docx writes each run and paragraph with its own options', async () => {
    const plain = await documentXml((text) =>
      paragraph([new TextRun({ ...runOptions(fonts, { role: 'heiti' }), text })], options),
    );
    const sharing = await documentXml(
      (text) => new SharedPropertiesParagraph(shared, [run(fonts, text, { role: 'heiti' })]),
    );
    expect(sharing).toBe(plain);
    // The first section ends in the second paragraph: its w:sectPr joins the shared w:pPr.
    expect(sharing).toMatch(
      /<w:jc w:val="both"\/><w:sectPr>[\s\S]*?<\/w:sectPr><\/w:pPr><w:r><w:rPr><w:rFonts [^>]*w:eastAsia="黑体"[\s\S]*?二<\/w:t>/,
    );
  });

  it('write the same XML again in a later document', async () => {
    const make = (text: string) => new SharedPropertiesParagraph(shared, [run(fonts, text, { role: 'heiti' })]);
    expect(await documentXml(make)).toBe(await documentXml(make));
  });
});
