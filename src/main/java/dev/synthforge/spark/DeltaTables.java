package dev.synthforge.spark;

import dev.synthforge.core.errors.Errors;
import io.delta.tables.DeltaTable;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** Creates synthforge's Delta tables once, by name, with their comments and properties. */
public final class DeltaTables {
  private DeltaTables() {}

  /** Creates the database and the table if they do not exist; never alters an existing table. */
  public static void ensure(
      SparkSession spark, String database, String table, StructType schema, String comment,
      Map<String, String> properties) {
    if (spark.catalog().tableExists(database, table)) {
      return;
    }
    spark.sql("CREATE DATABASE IF NOT EXISTS " + quote(database));
    var builder = DeltaTable.createIfNotExists(spark)
        .tableName(qualified(database, table))
        .addColumns(schema)
        .comment(comment);
    for (var property : properties.entrySet()) {
      builder = builder.property(property.getKey(), property.getValue());
    }
    try {
      builder.execute();
    } catch (RuntimeException e) {
      if (String.valueOf(e.getMessage()).contains("DELTA_CREATE_TABLE_WITH_NON_EMPTY_LOCATION")) {
        throw Errors.userError("create table " + qualified(database, table),
            "its location already holds data, but the catalog does not know the table: the catalog"
                + " did not outlive an earlier driver. Use a persistent catalog (a Hive metastore,"
                + " Glue, Unity; locally spark.sql.catalogImplementation=hive)", e);
      }
      throw e;
    }
  }

  /** {@code database.table}, each part quoted. */
  public static String qualified(String database, String table) {
    return quote(database) + "." + quote(table);
  }

  /** The storage location of a table. */
  public static String location(SparkSession spark, String qualifiedName) {
    return DeltaTable.forName(spark, qualifiedName).detail().first().getAs("location");
  }

  /** The current Delta version of a table. */
  public static long version(SparkSession spark, String qualifiedName) {
    return DeltaTable.forName(spark, qualifiedName).history(1).first().getAs("version");
  }

  private static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }
}
