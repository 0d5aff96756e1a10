package org.tablebook.ui.common;

import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.tablebook.domain.contract.Redline;
import org.tablebook.rules.VagueWords;

/**
 * A redline as it reads on screen, the way a lawyer's comparison does: insertions underlined and
 * deletions struck, each in the theme's own colour so the dark theme reads too. Words the rules
 * call vague are marked where they stand.
 */
public final class RedlineText {
    private RedlineText() {
    }

    /** The redline after a muted caption ("Against the current contract:"); no caption when blank. */
    public static TextFlow of(String caption, Redline redline, List<String> vagueWords) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("redline");
        if (caption != null && !caption.isBlank()) {
            Text label = new Text(caption + "  ");
            label.getStyleClass().add("redline-caption");
            flow.getChildren().add(label);
        }
        for (Redline.Piece piece : redline.pieces()) {
            String lead = piece.text().substring(0, piece.text().length() - piece.text().stripLeading().length());
            if (!lead.isEmpty()) {
                flow.getChildren().add(styled(lead, "redline-same"));
            }
            String style = switch (piece.change()) {
                case SAME -> "redline-same";
                case INSERTED -> "redline-ins";
                case DELETED -> "redline-del";
            };
            String body = piece.text().stripLeading();
            int from = 0;
            if (piece.change() != Redline.Change.DELETED) {
                for (VagueWords.Place place : VagueWords.in(body, vagueWords)) {
                    if (place.start() > from) {
                        flow.getChildren().add(styled(body.substring(from, place.start()), style));
                    }
                    Text word = styled(body.substring(place.start(), place.end()), style);
                    word.getStyleClass().add("redline-vague");
                    flow.getChildren().add(word);
                    from = place.end();
                }
            }
            if (from < body.length()) {
                flow.getChildren().add(styled(body.substring(from), style));
            }
        }
        return flow;
    }

    private static Text styled(String text, String style) {
        Text t = new Text(text);
        t.getStyleClass().add(style);
        return t;
    }
}
