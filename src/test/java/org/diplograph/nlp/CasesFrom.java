package org.diplograph.nlp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** A parameterized test's cases: the lines of a file of {@code src/test/resources/cases/}. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(CasesFrom.Provider.class)
public @interface CasesFrom {

  /** The file name, e.g. {@code triggers.tsv}. */
  String value();

  /** How many columns of expected results follow the date and the text. */
  int expected() default 1;

  /** Each case as one argument, named by its file:line. */
  class Provider extends AnnotationBasedArgumentsProvider<CasesFrom> {
    @Override
    protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters,
        ExtensionContext context, CasesFrom source) {
      return CaseFile.read(source.value(), source.expected()).stream()
          .map(c -> Arguments.of(Named.of(c.toString(), c)));
    }
  }
}
