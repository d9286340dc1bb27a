import { Embeddable, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** A text held in both of the product's languages. Stored as two columns (`<name>_ar`, `<name>_en`). */
@Embeddable()
@ObjectType({ description: 'A text in Arabic and in English.' })
export class LocalizedText {
  @Field(() => String, { description: 'Arabic text (the authoritative language of the policy).' })
  @Property({ type: 'text' })
  ar!: string;

  @Field(() => String, { description: 'English text (the project’s translation).' })
  @Property({ type: 'text' })
  en!: string;

  constructor(ar: string, en: string) {
    this.ar = ar;
    this.en = en;
  }
}

export function text(value: { ar: string; en: string }): LocalizedText {
  return new LocalizedText(value.ar, value.en);
}
