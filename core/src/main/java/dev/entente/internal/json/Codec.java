package dev.entente.internal.json;

import dev.entente.merge.Picture;
import dev.entente.model.Agreement;
import dev.entente.model.ArmsContract;
import dev.entente.model.Article;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.Country;
import dev.entente.model.CountryMention;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.Leader;
import dev.entente.model.Money;
import dev.entente.model.Quantity;
import dev.entente.model.Span;
import dev.entente.model.TradeFigure;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How one model type is written and read; {@link #ALL} lists every type the JSON modules register.
 *
 * @param type the model type
 * @param write writes a value of the type
 * @param read reads one, or null for a type that is written only
 * @param <T> the model type
 */
public record Codec<T>(Class<T> type, BiConsumer<ModelWriter, T> write, @Nullable Function<ModelReader, T> read) {

  /** Every model type with a JSON form, in the order the modules register them. */
  public static final List<Codec<?>> ALL = List.of(
      new Codec<>(ArticleExtraction.class, ModelWriter::extraction, ModelReader::extraction),
      new Codec<>(Article.class, ModelWriter::article, ModelReader::article),
      new Codec<>(CountryMention.class, ModelWriter::countryMention, ModelReader::countryMention),
      new Codec<>(Leader.class, ModelWriter::leader, ModelReader::leader),
      new Codec<>(Agreement.class, ModelWriter::agreement, ModelReader::agreement),
      new Codec<>(TradeFigure.class, ModelWriter::tradeFigure, ModelReader::tradeFigure),
      new Codec<>(ArmsContract.class, ModelWriter::armsContract, ModelReader::armsContract),
      new Codec<>(DiplomaticEvent.class, ModelWriter::event, ModelReader::event),
      new Codec<>(Money.class, ModelWriter::money, ModelReader::money),
      new Codec<>(Quantity.class, ModelWriter::quantity, ModelReader::quantity),
      new Codec<>(Span.class, ModelWriter::span, ModelReader::span),
      new Codec<>(Country.class, ModelWriter::country, ModelReader::country),
      new Codec<>(EdtfDate.class, ModelWriter::date, ModelReader::date),
      // Pictures are written for people and tools to read; they are made by merging, not read back.
      new Codec<>(Picture.class, ModelWriter::picture, null));
}
