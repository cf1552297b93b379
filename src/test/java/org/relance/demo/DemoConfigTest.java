package org.relance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo config gains a slack section only with Slack settings in the environment, and never their values. */
class DemoConfigTest {

    private static final String TEMPLATE = Demo.resource("demo/relance-demo.yml");

    @Test
    void withoutSlackSettingsTheTemplateIsUsedAsIs() {
        assertThat(DemoConfig.yaml(TEMPLATE, Map.of("SLACK_BOT_TOKEN", "xoxb-1"))).isEqualTo(TEMPLATE)
                .doesNotContain("slack:");
    }

    @Test
    void withATokenAndAChannelASlackSectionRefersToTheVariablesWithoutWritingTheSecrets() {
        String yaml = DemoConfig.yaml(TEMPLATE, Map.of("SLACK_BOT_TOKEN", "xoxb-secret", "SLACK_CHANNEL", "C123",
                "SLACK_APP_TOKEN", "xapp-secret"));

        assertThat(yaml).contains("slack:\n  botToken: ${SLACK_BOT_TOKEN}\n  channel: ${SLACK_CHANNEL}\n"
                        + "  appToken: ${SLACK_APP_TOKEN}\n")
                .doesNotContain("xoxb-secret").doesNotContain("xapp-secret").doesNotContain("signingSecret");
    }

    @Test
    void theSendWindowIsOpenAtEveryHourOfEveryDay() {
        assertThat(TEMPLATE).contains("sendWindow: {from: \"00:00\", to: \"23:59\", days: [MON, TUE, WED, THU, FRI, "
                + "SAT, SUN], skipHolidays: false}");
    }
}
