package dev.synthforge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point one way: job → spark → {endpoint, config} → core; the core is pure. */
@AnalyzeClasses(packages = "dev.synthforge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreIsFreeOfSparkDeltaAndHttp =
      noClasses().that().resideInAPackage("dev.synthforge.core..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.apache.spark..", "io.delta..", "org.apache.hadoop..", "scala..",
              "java.net.http..", "com.sun.net.httpserver..", "dev.synthforge.config..",
              "dev.synthforge.endpoint..", "dev.synthforge.spark..", "dev.synthforge.job..",
              "dev.synthforge.report..");

  @ArchTest
  static final ArchRule reportIsFreeOfSparkHadoopAndHttp =
      noClasses().that().resideInAPackage("dev.synthforge.report..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.apache.spark..", "io.delta..", "org.apache.hadoop..", "scala..",
              "java.net..", "com.sun.net.httpserver..", "dev.synthforge.config..",
              "dev.synthforge.endpoint..", "dev.synthforge.spark..", "dev.synthforge.job..");

  @ArchTest
  static final ArchRule configDependsOnlyOnCore =
      noClasses().that().resideInAPackage("dev.synthforge.config..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.apache.spark..", "io.delta..", "dev.synthforge.endpoint..",
              "dev.synthforge.spark..", "dev.synthforge.job..");

  @ArchTest
  static final ArchRule endpointIsFreeOfSpark =
      noClasses().that().resideInAPackage("dev.synthforge.endpoint..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.apache.spark..", "io.delta..", "scala..", "dev.synthforge.config..",
              "dev.synthforge.spark..", "dev.synthforge.job..");

  @ArchTest
  static final ArchRule sparkEdgeDoesNotDependOnTheCommandLine =
      noClasses().that().resideInAPackage("dev.synthforge.spark..")
          .should().dependOnClassesThat().resideInAnyPackage("dev.synthforge.job..", "picocli..");

  /**
   * The OpenLineage listener is optional at run time (provided scope, not in the job jar): only
   * its integration package compiles against it, and nothing refers to that package, whose classes
   * the listener loads through its ServiceLoader.
   */
  @ArchTest
  static final ArchRule onlyTheOpenLineagePackageDependsOnOpenLineage =
      noClasses().that().resideOutsideOfPackage("dev.synthforge.spark.openlineage..")
          .should().dependOnClassesThat().resideInAnyPackage("io.openlineage..");

  @ArchTest
  static final ArchRule nothingDependsOnTheOpenLineagePackage =
      noClasses().that().resideOutsideOfPackage("dev.synthforge.spark.openlineage..")
          .should().dependOnClassesThat().resideInAPackage("dev.synthforge.spark.openlineage..");
}
