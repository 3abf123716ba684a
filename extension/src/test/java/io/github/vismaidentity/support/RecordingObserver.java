package io.github.vismaidentity.support;

import io.github.vismaidentity.observe.Observer;
import io.github.vismaidentity.observe.RefreshOutcome;
import io.github.vismaidentity.store.TokenSetKey;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every call the extension makes to its {@link Observer}, in order, each as one line; refresh outcomes whole. */
public final class RecordingObserver implements Observer {

    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final List<RefreshOutcome> refreshes = new CopyOnWriteArrayList<>();

    @Override
    public void signedIn(TokenSetKey key, String companyName) {
        calls.add("signedIn " + key.subject() + " " + key.companyId() + " " + companyName);
    }

    @Override
    public void signInFailed(String messageId, int status) {
        calls.add("signInFailed " + messageId + " " + status);
    }

    @Override
    public void refreshEnded(RefreshOutcome outcome) {
        refreshes.add(outcome);
        calls.add("refreshEnded " + outcome.kind() + " " + outcome.messageId());
    }

    @Override
    public void disconnected(TokenSetKey key, String companyName, boolean revoked) {
        calls.add("disconnected " + key.subject() + " " + key.companyId() + " " + companyName + " " + revoked);
    }

    @Override
    public void tokenEndpointError(String kind) {
        calls.add("tokenEndpointError " + kind);
    }

    @Override
    public void rateLimitWaited(Duration waited) {
        calls.add("rateLimitWaited " + waited);
    }

    @Override
    public void rateLimitRefused(Duration asked) {
        calls.add("rateLimitRefused " + asked);
    }
}
