/**
 * A morpheme of the token layer: a half-open range into the original text plus IPADIC's analysis.
 * Character offsets are exact UTF-16 indices, so `text.slice(start, end)` is the surface form.
 */
export interface Token {
  start: number;
  end: number;
  /** Part of speech (品詞), e.g. 名詞. */
  pos: string;
  /** First sub-category (品詞細分類1), e.g. 固有名詞. */
  pos1: string;
  /** Second sub-category (品詞細分類2), e.g. 人名. */
  pos2: string;
  /** Dictionary form (基本形); the surface where IPADIC has none. */
  base: string;
  /** Conjugation form (活用形), e.g. 連用形, or '*'. */
  form: string;
  /** Whether IPADIC lacks the word (read by character class); absent where the tokenizer does not say. */
  unknown?: boolean;
}
