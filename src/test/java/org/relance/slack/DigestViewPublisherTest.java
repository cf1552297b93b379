package org.relance.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.App;
import org.relance.digest.Digest;
import org.relance.digest.SlackThread;
import org.relance.testing.DeskFixture;

/** The digest posted to a local fake Slack Web API: every message once, recorded, the first as the day's thread. */
class DigestViewPublisherTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @TempDir
    Path dir;

    private FakeSlackApi slack;
    private App app;

    @BeforeEach
    void open() throws IOException {
        slack = new FakeSlackApi();
        DeskFixture desk = DeskFixture.write(dir, "", "dunning: {ecbRatePercent: 2.15, groupByCustomer: false}\n");
        StringBuilder csv = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            csv.append("F-%03d,Client %03d,c%d@client.test,2026-10-01,2026-11-%02d,EUR,%d.00,0\n"
                    .formatted(i, i, i, 1 + i % 28, 100 + i));
        }
        app = desk.openOn(TODAY);
        desk.importInvoices(app, csv.toString());
    }

    @AfterEach
    void close() {
        app.close();
        slack.close();
    }

    private SlackDigestPublisher publisher(Optional<String> whenEmpty) {
        return new SlackDigestPublisher(app.ledger(), app.digestStore(),
                new SlackWeb(slack.url(), "xoxb-test", d -> { }), "C0DIGEST", new DigestView(java.util.Locale.FRENCH, whenEmpty));
    }

    @Test
    void everyMessageOfASplitDigestIsPostedInOrderAndRecordedTheFirstBeingTheDaysThread() throws IOException {
        Digest digest = app.digests().build(TODAY, false);
        List<SlackMessage> expected = new DigestView(java.util.Locale.FRENCH).messages(digest);
        assertThat(expected.size()).isGreaterThan(1);

        publisher(Optional.empty()).publish(digest);

        List<FakeSlackApi.Call> posts = slack.calls("chat.postMessage");
        assertThat(posts).hasSize(expected.size());
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < posts.size(); i++) {
            assertThat(posts.get(i).param("channel")).isEqualTo("C0DIGEST");
            assertThat(json.readTree(posts.get(i).param("blocks"))).isEqualTo(json.readTree(expected.get(i).blocksJson()));
        }
        List<String> ts = app.ledger().read(h -> app.digestStore().slackMessages(h, digest.id()));
        assertThat(ts).hasSize(expected.size()).doesNotHaveDuplicates();
        Optional<SlackThread> thread = app.ledger().read(h -> app.digestStore().slackThread(h, TODAY));
        assertThat(thread).contains(new SlackThread("C0DIGEST", ts.get(0)));
    }

    @Test
    void publishingADigestAlreadyPostedPostsNothing() {
        Digest digest = app.digests().build(TODAY, false);
        SlackDigestPublisher publisher = publisher(Optional.empty());
        publisher.publish(digest);
        int posted = slack.calls("chat.postMessage").size();

        publisher.publish(digest);
        publisher(Optional.empty()).publish(app.ledger().read(h -> app.digestStore().byId(h, digest.id())).orElseThrow());

        assertThat(slack.calls("chat.postMessage")).hasSize(posted);
    }

    @Test
    void slackRefusingThePostRecordsNothingAndTheNextTryPostsTheWholeDigestOnce() {
        Digest digest = app.digests().build(TODAY, false);
        SlackDigestPublisher publisher = publisher(Optional.empty());
        slack.fail("chat.postMessage", "channel_not_found");

        assertThatThrownBy(() -> publisher.publish(digest)).isInstanceOf(SlackWeb.SlackException.class)
                .hasMessageContaining("channel_not_found");
        Optional<SlackThread> none = app.ledger().read(h -> app.digestStore().slackPost(h, digest.id()));
        assertThat(none).isEmpty();

        slack.succeed("chat.postMessage");
        slack.clear();
        publisher.publish(digest);
        int expected = new DigestView(java.util.Locale.FRENCH).messages(digest).size();
        assertThat(slack.calls("chat.postMessage")).hasSize(expected);
    }

    @Test
    void anEmptyDigestWithWhenEmptyOffPostsNothingAndOtherwiseOneLine() {
        Digest empty = app.ledger().inTransaction(h -> app.digestStore().save(h, TODAY.plusDays(1), false, List.of(),
                org.relance.digest.DigestDetails.none()));

        publisher(Optional.of("off")).publish(empty);
        assertThat(slack.calls("chat.postMessage")).isEmpty();

        publisher(Optional.empty()).publish(empty);
        assertThat(slack.calls("chat.postMessage")).singleElement()
                .satisfies(c -> assertThat(c.param("blocks")).contains("Rien à relancer aujourd'hui."));
    }
}
