package dev.switchboard.bootstrap.architecture.violations.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Breaks "domain and application use no framework types": a JSON annotation in the domain. */
public class JsonEntity {

    @JsonIgnore
    String secret;
}
