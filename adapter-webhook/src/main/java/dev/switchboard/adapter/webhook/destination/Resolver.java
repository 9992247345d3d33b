package dev.switchboard.adapter.webhook.destination;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into the addresses a connection may use; tests replace DNS with a table. */
@FunctionalInterface
public interface Resolver {

    Resolver DNS = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
