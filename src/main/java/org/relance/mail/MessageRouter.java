package org.relance.mail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides what an incoming message is — a forwarded invoice, a bank notification, a reply — from who sent it and
 * what it carries; pure, so every rule is tested without a mail server.
 */
final class MessageRouter {

    /** Where a message goes. */
    sealed interface Route {
        /** A trusted sender's message carrying a document: read it as an invoice. */
        record Invoice() implements Route {
        }

        /**
         * From a configured bank sender: read its credits. Unless {@code authenticated} (our server vouched for the
         * sender), its payments are recorded but their allocations only suggested: {@code unverified} says why.
         */
        record BankNotification(boolean authenticated, String unverified) implements Route {
        }

        /**
         * Someone other than a trusted sender answered one of our messages (a reminder, most likely).
         *
         * @param repliedTo our Message-IDs among its In-Reply-To and References, in order
         * @param automatic an out-of-office or other machine-written answer: recorded, never pauses a chase
         */
        record CustomerReply(List<String> repliedTo, boolean automatic) implements Route {
            public CustomerReply {
                repliedTo = List.copyOf(repliedTo);
            }
        }

        /**
         * An answer to a digest (it references a digest's Message-ID, or carries a {@code (#TOKEN)} in its subject),
         * to apply or to refuse: the intake checks the digest and its age.
         *
         * @param token     the subject's token, or null
         * @param repliedTo our Message-IDs among its In-Reply-To and References, in order
         * @param refusal   null from an authenticated trusted sender; else {@link #UNTRUSTED_SENDER} or
         *                  {@link #NOT_AUTHENTICATED}, and nothing it says is acted on
         * @param detail    why, in words, for the refusal's event
         */
        record DigestReply(String token, List<String> repliedTo, String refusal, String detail) implements Route {
            public static final String UNTRUSTED_SENDER = "untrusted_sender";
            public static final String NOT_AUTHENTICATED = "not_authenticated";

            public DigestReply {
                repliedTo = List.copyOf(repliedTo);
            }
        }

        /** A kind of message no part of the bot handles: recorded and left untouched in the inbox. */
        record NotHandledYet(String kind, String reason) implements Route {
        }

        /** Unreadable or suspicious: moved to the quarantine folder, with the reason on record. */
        record Quarantine(String reason) implements Route {
        }

        /** Nothing for the bot (not from a trusted sender or a bank): left where it is. */
        record Ignore(String reason) implements Route {
        }
    }

    /** The digest's token in a subject: "(#K7QX2P)". */
    private static final Pattern DIGEST_TOKEN = Pattern.compile("\\(#([A-Za-z0-9]{4,})\\)");

    private static final String NOT_CHECKED = "mail is not authenticated (mail.requireAuthenticationResults is off):"
            + " payments from mail wait for confirmation";

    private final Set<String> trustedSenders;
    private final Set<String> bankSenders;
    private final String botAddress;
    private final SenderAuthentication authentication;
    private final long maxBytes;

    /**
     * @param authentication empty when {@code mail.requireAuthenticationResults} is off
     */
    MessageRouter(List<String> trustedSenders, List<String> bankSenders, String botAddress,
                  SenderAuthentication authentication, long maxBytes) {
        this.trustedSenders = lower(trustedSenders);
        this.bankSenders = lower(bankSenders);
        this.botAddress = botAddress == null ? null : botAddress.toLowerCase(Locale.ROOT);
        this.authentication = authentication;
        this.maxBytes = maxBytes;
    }

    /**
     * @param shape        the MIME outline, or null when the message was not downloaded
     * @param isOurMessage whether a Message-ID is one the bot sent (a reminder, a digest)
     */
    Route route(InboundMessage message, MimeShape shape, Predicate<String> isOurMessage) {
        return route(message, shape, isOurMessage, id -> false);
    }

    /**
     * @param isDigestMessage whether a Message-ID is a digest's email: an answer to it is never a customer reply
     */
    Route route(InboundMessage message, MimeShape shape, Predicate<String> isOurMessage,
                Predicate<String> isDigestMessage) {
        return route(message, shape, isOurMessage, isDigestMessage, m -> Optional.empty());
    }

    /**
     * @param forwardedNotification for a trusted sender's mail without a document: the sender of the bank
     *                              notification it forwards ("" when unnamed), or empty when it forwards none
     */
    Route route(InboundMessage message, MimeShape shape, Predicate<String> isOurMessage,
                Predicate<String> isDigestMessage, Function<InboundMessage, Optional<String>> forwardedNotification) {
        if (!message.downloaded() || message.size() > maxBytes) {
            return new Route.Quarantine("message of " + megabytes(message.size()) + " MB is over the limit of "
                    + megabytes(maxBytes) + " MB (mail.limits.maxMessageMb); not downloaded");
        }
        if (shape != null && !shape.acceptable()) {
            return new Route.Quarantine(shape.tooComplex());
        }
        if (message.fromProblem() != null) {
            return new Route.Quarantine(message.fromProblem());
        }
        String from = message.from();
        if (from == null) {
            return new Route.Quarantine("no readable From address");
        }
        if (from.equals(botAddress)) {
            return new Route.Ignore("sent by the bot itself");
        }
        boolean trusted = trustedSenders.contains(from);
        boolean bank = bankSenders.contains(from);
        if (bank) {
            if (authentication == null) {
                return new Route.BankNotification(false, NOT_CHECKED);
            }
            return authentication.passes(message) ? new Route.BankNotification(true, null)
                    : new Route.BankNotification(false, "claims to be from " + from + " but "
                            + authentication.describeFailure() + ": payments from it wait for confirmation");
        }
        List<String> ours = message.replyTo().stream().filter(isOurMessage.or(isDigestMessage)).distinct().toList();
        boolean reply = !ours.isEmpty();
        boolean toDigest = message.replyTo().stream().anyMatch(isDigestMessage);
        Matcher tokenMatch = DIGEST_TOKEN.matcher(message.subject() == null ? "" : message.subject());
        String token = tokenMatch.find() ? tokenMatch.group(1) : null;
        boolean digestReply = toDigest || token != null;
        if (trusted && authentication != null && !authentication.passes(message)) {
            if (digestReply || reply) {
                return new Route.DigestReply(token, ours, Route.DigestReply.NOT_AUTHENTICATED,
                        "claims to be from " + from + " but " + authentication.describeFailure());
            }
            return new Route.Quarantine("claims to be from " + from + " but " + authentication.describeFailure());
        }
        if (trusted && (digestReply || reply) && message.automatic()) {
            // An out-of-office answering the digest or a confirmation: acting or confirming would start a mail loop.
            return new Route.Ignore("automatic reply from " + from + " to one of our messages");
        }
        if (trusted && (digestReply || reply)) {
            // A trusted sender's answer to any of our messages: the intake tells a digest's from anything else.
            return new Route.DigestReply(token, ours, null, null);
        }
        if (!trusted && (toDigest || token != null && !reply)) {
            // Never a customer reply pausing a chase: an outsider answering (or forging) a digest.
            return new Route.DigestReply(token, ours, Route.DigestReply.UNTRUSTED_SENDER,
                    from + " is not in mail.trustedSenders");
        }
        if (reply) {
            return new Route.CustomerReply(ours, message.automatic());
        }
        boolean document = shape != null && shape.hasDocument();
        if (trusted && document) {
            return new Route.Invoice();
        }
        if (trusted) {
            Optional<String> forwardedFrom = forwardedNotification.apply(message);
            if (forwardedFrom.isPresent()) {
                return forwarded(from, forwardedFrom.get());
            }
            return new Route.NotHandledYet("trusted-without-document",
                    "message from " + from + " without an invoice attached");
        }
        if (document) {
            return new Route.Quarantine("document from " + from
                    + ", who is not in mail.trustedSenders: not imported");
        }
        return new Route.Ignore("not from a trusted sender or a bank");
    }

    /**
     * A bank notification a trusted (and, when checked, authenticated) person forwarded. The forwarded headers are
     * hers to type, so only a bank of {@code bank.senders} there makes its payments act; any other sender's, or
     * none, are recorded and suggested.
     */
    private Route forwarded(String by, String innerFrom) {
        String inner = innerFrom.toLowerCase(Locale.ROOT);
        if (!bankSenders.contains(inner)) {
            return new Route.BankNotification(false, "forwarded by " + by + (inner.isEmpty()
                    ? ", the forwarded message's sender unnamed" : " from " + inner + ", who is not in bank.senders")
                    + ": payments from it wait for confirmation");
        }
        return authentication == null ? new Route.BankNotification(false, NOT_CHECKED)
                : new Route.BankNotification(true, null);
    }

    /** Whole megabytes, rounded up: a message just over the limit never reads as equal to it. */
    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }

    private static Set<String> lower(List<String> addresses) {
        return addresses.stream().map(a -> a.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
