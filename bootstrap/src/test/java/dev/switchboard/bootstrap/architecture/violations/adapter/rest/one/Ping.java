package dev.switchboard.bootstrap.architecture.violations.adapter.rest.one;

import dev.switchboard.bootstrap.architecture.violations.adapter.rest.two.Pong;

/** Breaks: no package cycles (rest.one and rest.two need each other). */
public class Ping {

    Pong pong;
}
