package org.switchboard.failover.ops;

import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import org.switchboard.failover.PairLink;
import org.switchboard.failover.model.PairPhones;
import org.switchboard.failover.model.SessionLine;
import org.switchboard.runtime.PublishedMXBean;

/** Publishes {@link PairMXBean} while the application runs. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PairOps extends PublishedMXBean implements PairMXBean {

    @EJB
    PairLink pair;

    @Override
    protected String type() {
        return "Pair";
    }

    @Override
    public String getPeer() {
        return pair.peer().map(peer -> peer.site() + " " + peer.status().role().label() + ", last heard "
                + peer.heardAt() + " (" + peer.address() + ")").orElse("no other site heard");
    }

    @Override
    public boolean isPeerInView() {
        return pair.peerInView();
    }

    @Override
    public List<String> getMembers() {
        return pair.members();
    }

    @Override
    public List<String> peerSessions() {
        return pair.peerSessions().stream().map(SessionLine::shown).toList();
    }

    @Override
    public List<String> phones() {
        List<PairPhones.MergedPhone> merged = pair.phones();
        List<String> lines = new ArrayList<>(merged.size() + 1);
        lines.add("Size:" + merged.size());
        merged.forEach(phone -> lines.add(phone.shown()));
        return lines;
    }
}
