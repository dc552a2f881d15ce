package org.storyline.cli;

import org.storyline.engine.Engine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --engine fast|fastest|corenlp} option of every command that analyses text. */
final class EngineOption {
  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "fast", converter = Converter.class,
      description = "Language analysis: fast (Storyline's own taggers, CoreNLP's CRF for names; the default), "
          + "fastest (Storyline's own taggers only; fewer entities right) or corenlp (Stanford CoreNLP, the "
          + "reference; slowest).")
  Engine engine = Engine.DEFAULT;

  /** {@return the chosen engine} */
  Engine engine() {
    return engine;
  }

  /** Parses an engine name with a message naming the valid ones. */
  static final class Converter implements ITypeConverter<Engine> {
    @Override
    public Engine convert(String value) {
      try {
        return Engine.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
