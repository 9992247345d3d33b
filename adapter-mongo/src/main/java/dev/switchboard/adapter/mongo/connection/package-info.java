/**
 * The connection to MongoDB: {@code switchboard.mongo.uri} parsed and masked for messages, the one MongoClient of
 * the service, and the database named in the URI, pinged at start so that an unreachable store fails fast.
 */
package dev.switchboard.adapter.mongo.connection;
