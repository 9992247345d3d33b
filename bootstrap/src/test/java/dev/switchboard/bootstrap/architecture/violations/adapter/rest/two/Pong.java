package dev.switchboard.bootstrap.architecture.violations.adapter.rest.two;

import dev.switchboard.bootstrap.architecture.violations.adapter.rest.one.Ping;

/** Breaks: no package cycles (rest.one and rest.two need each other). */
public class Pong {

    Ping ping;
}
