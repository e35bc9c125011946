/**
 * Stored forms of Suanpan's values: a Jackson module that writes and reads policies, requests,
 * decisions, movements, ledgers and workflow events as versioned JSON or YAML documents.
 */
module dev.suanpan.json {
  requires transitive dev.suanpan.money;
  requires transitive dev.suanpan.core;
  requires transitive dev.suanpan.inventory;
  requires transitive dev.suanpan.workflow;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.guava;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports dev.suanpan.json;
}
