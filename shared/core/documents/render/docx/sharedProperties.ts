import {
  Paragraph,
  ParagraphProperties,
  RunProperties,
  TextRun,
  type IContext,
  type IParagraphPropertiesOptions,
  type IRunOptions,
  type IXmlableObject,
  type ParagraphChild,
} from 'docx';

/**
 * A w:rPr or w:pPr built and prepared once for all the runs or paragraphs that share it. docx
 * makes and prepares properties for every run and paragraph, though a document has a handful of
 * distinct ones; sharing the prepared object writes the same XML with far less work (the bench's
 * bulletin, bench/documents.ts, has 200 paragraphs of one format with runs of three). docx's
 * writer only reads the prepared objects, so one object can stand in many places.
 */
class SharedProperties {
  private prepared?: IXmlableObject;

  constructor(private readonly make: () => RunProperties | ParagraphProperties) {}

  prepare(context: IContext): IXmlableObject | undefined {
    this.prepared ??= this.make().prepForXml(context);
    return this.prepared;
  }
}

export class SharedRunProperties extends SharedProperties {
  constructor(options: IRunOptions) {
    super(() => new RunProperties(options));
  }
}

/** Paragraph properties without numbering (docx registers a list while preparing those). */
export class SharedParagraphProperties extends SharedProperties {
  constructor(options: Omit<IParagraphPropertiesOptions, 'numbering'>) {
    super(() => new ParagraphProperties(options));
  }
}

/** The children of a prepared element, as an array. */
function contentOf(xml: IXmlableObject, key: string): unknown[] {
  const content: unknown = xml[key];
  if (Array.isArray(content)) return content;
  return content && typeof content === 'object' && Object.keys(content).length ? [content] : [];
}

/** A text run written with shared properties: the same XML as `new TextRun({ ...options, text })`. */
export class SharedPropertiesRun extends TextRun {
  private readonly shared: SharedRunProperties;

  constructor(shared: SharedRunProperties, text: string) {
    // Without options docx's own w:rPr is empty, and an empty w:rPr is left out.
    super({ text });
    this.shared = shared;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = super.prepForXml(context);
    const properties = this.shared.prepare(context);
    return xml && properties ? { 'w:r': [properties, ...contentOf(xml, 'w:r')] } : xml;
  }
}

/** A paragraph written with shared properties: the same XML as `new Paragraph({ ...options, children })`. */
export class SharedPropertiesParagraph extends Paragraph {
  private readonly shared: SharedParagraphProperties;

  constructor(shared: SharedParagraphProperties, children: ParagraphChild[]) {
    super({ children });
    this.shared = shared;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = super.prepForXml(context);
    const properties = this.shared.prepare(context);
    if (!xml || !properties) return xml;
    const [first, ...rest] = contentOf(xml, 'w:p');
    // The last paragraph of a section carries the section's w:sectPr in its own w:pPr, which
    // goes after the shared properties inside one w:pPr.
    if (first && typeof first === 'object' && 'w:pPr' in first) {
      const merged = { 'w:pPr': [...contentOf(properties, 'w:pPr'), ...contentOf(first as IXmlableObject, 'w:pPr')] };
      return { 'w:p': [merged, ...rest] };
    }
    return { 'w:p': [properties, ...contentOf(xml, 'w:p')] };
  }
}
