package org.switchboard.pbx.ami;

import org.asteriskjava.manager.AsteriskMapping;
import org.asteriskjava.manager.event.UnparkedCallEvent;

/**
 * Asterisk's {@code UnParkedCall} event with the retriever's linked id, which asterisk-java 3.42.2 has no
 * setter for (it drops the header with a "no setter" line). Without it the retriever cannot be named as a
 * {@link org.switchboard.pbx.model.ChannelRef}.
 */
@AsteriskMapping("UnParkedCall")
public class AmiUnparkedCallEvent extends UnparkedCallEvent {

    private static final long serialVersionUID = 1L;

    private String retrieverLinkedid;
    private String retrieverLanguage;

    public AmiUnparkedCallEvent(Object source) {
        super(source);
    }

    public String getRetrieverLinkedid() {
        return retrieverLinkedid;
    }

    public void setRetrieverLinkedid(String retrieverLinkedid) {
        this.retrieverLinkedid = retrieverLinkedid;
    }

    public String getRetrieverLanguage() {
        return retrieverLanguage;
    }

    public void setRetrieverLanguage(String retrieverLanguage) {
        this.retrieverLanguage = retrieverLanguage;
    }
}
