package org.crosswalk.ui.mapping;

import javafx.scene.control.Button;

/**
 * "3 links to review · Next (F8)" beside the mapping table's heading: says how many links wait
 * for review after a new edition, and shows the next one when pressed. Not there when none wait.
 */
public final class ReviewCountNote extends Button {

    public ReviewCountNote(LinkReviews reviews) {
        reviews.next().bind(this);
        setId("reviewCount");
        getStyleClass().add("review-count");
        setMnemonicParsing(false);
        textProperty().bind(reviews.summaryProperty().concat(" · Next (F8)"));
        accessibleTextProperty().bind(reviews.summaryProperty().concat(". Show the next one (F8)"));
        visibleProperty().bind(reviews.countProperty().greaterThan(0));
        managedProperty().bind(visibleProperty());
    }
}
