package dev.entente.parse;

import dev.entente.model.ArticleExtraction;
import dev.entente.model.Country;
import dev.entente.model.CountryMention;
import dev.entente.model.EdtfDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** A stand-in for the core JSON module's writer: records as objects, codes and dates as strings. */
final class InterimJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new SimpleModule("interim")
          .addSerializer(EdtfDate.class, ToStringSerializer.instance)
          .addSerializer(Country.class, new ValueSerializer<Country>() {
            @Override
            public void serialize(Country c, JsonGenerator g, SerializationContext ctx) {
              g.writeString(c.code());
            }
          })
          .addSerializer(CountryMention.class, new ValueSerializer<CountryMention>() {
            @Override
            public void serialize(CountryMention c, JsonGenerator g, SerializationContext ctx) {
              g.writeString(c.country().code());
            }
          }))
      .build();

  private InterimJson() {}

  static String write(ArticleExtraction extraction) {
    return MAPPER.writeValueAsString(extraction);
  }
}
