/**
 * The Doc: one article's original text plus the layers the pipeline's stages assign to it. The text is never
 * rewritten; every layer refers to it through half-open UTF-16 spans.
 */
import type {
  DocumentInfo, Entity, EventRecord, Quantity, Quote, Sentence, TimeExpression, Warning,
} from './analysis/contract.js';
import type { Range } from './spans.js';
import { errors } from './errors.js';
import type { Token } from './text/token.js';

/**
 * Everything a stage can assign, by layer name. Modules that add a layer extend this interface by declaration
 * merging (`declare module '…/doc.js' { interface Layers { myLayer: … } }`) so the pipeline check and `doc.get`
 * stay typed.
 */
export interface Layers {
  document: DocumentInfo;
  lang: string;
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  quotes: Quote[];
  events: EventRecord[];
  times: TimeExpression[];
  quantities: Quantity[];
}

export type LayerName = keyof Layers;

/** What the reader of an article (file, HTML page, JSONL line, API call) knows before any stage runs. */
export interface Article {
  text: string;
  /** A path or URL, or null. */
  source?: string | null;
  /** The id to print as `document.id` (a batch line's id); defaults to the text's sha256. */
  id?: string | null;
  /** Metadata the container already states (HTML meta tags, a JSONL field): preferred over text heuristics. */
  hints?: ArticleHints;
  /** Warnings the reader raised before the Doc existed (e.g. about decoding). */
  warnings?: Warning[];
}

export interface ArticleHints {
  title?: string | null;
  published?: string | null;
  author?: string | null;
  /** Ranges the container marks as photo captions (HTML figcaption). */
  captions?: Range[];
}

/** Options every stage may read. */
export interface AnalyzeOptions {
  /** The publication date to normalise times against, overriding what the article states (YYYY-MM-DD). */
  published?: string | null;
  /** The language, overriding detection. */
  lang?: string | null;
}

export class Doc {
  readonly text: string;
  readonly article: Readonly<Article>;
  readonly warnings: Warning[];
  private readonly layers: Partial<Layers> = {};

  constructor(article: Article) {
    this.text = article.text;
    this.article = article;
    this.warnings = [...(article.warnings ?? [])];
  }

  /** Whether a stage has assigned `name`. */
  has(name: LayerName): boolean {
    return this.layers[name] !== undefined;
  }

  /**
   * The layer `name`. The pipeline check guarantees a stage only reads what an earlier stage assigned, so a
   * missing layer here is a programming error, reported as such.
   */
  get<K extends LayerName>(name: K): Layers[K] {
    const value = this.layers[name];
    if (value === undefined) throw errors.pipeline(`layer "${name}" was read before any stage assigned it`);
    return value as Layers[K];
  }

  /** The layer `name`, or `fallback` where no stage assigned it. */
  getOr<K extends LayerName>(name: K, fallback: Layers[K]): Layers[K] {
    return (this.layers[name] as Layers[K] | undefined) ?? fallback;
  }

  set<K extends LayerName>(name: K, value: Layers[K]): this {
    this.layers[name] = value;
    return this;
  }

  /** Records a warning as data on the Doc (never thrown). */
  warn(message: string, options: { rule: string; span?: Range }): void {
    const w: Warning = { message, rule: options.rule };
    if (options.span) {
      w.start = options.span.start;
      w.end = options.span.end;
    }
    this.warnings.push(w);
  }
}
