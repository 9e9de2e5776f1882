package org.loopwatch.ui.settings;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.StageScope;
import org.loopwatch.domain.text.Texts;

/** The alert rules per group and stage (issue 21); the view model holds the state and the checks. */
final class AlertRulesSection extends VBox {

    private static final Texts TEXT = Texts.of(AlertRulesSection.class);

    AlertRulesSection(AlertRulesViewModel viewModel) {
        super(12);
        ComboBox<AlertRulesViewModel.Target> target = new ComboBox<>(viewModel.targets());
        target.setId("alertRuleGroup");
        target.valueProperty().bindBidirectional(viewModel.targetProperty());
        ComboBox<Stage> stage = new ComboBox<>(FXCollections.observableArrayList(viewModel.stageChoices()));
        stage.setId("alertRuleStage");
        stage.setConverter(new StringConverter<>() {
            @Override
            public String toString(Stage value) {
                return value == null ? "" : StageScope.of(value).shortLabel();
            }

            @Override
            public Stage fromString(String string) {
                return null;
            }
        });
        stage.valueProperty().bindBidirectional(viewModel.stageProperty());
        // As wide as their longest choice, not 260 px (too narrow at 200 %, too wide for the row beside them).
        org.loopwatch.ui.ChoiceTooltip.showsChosen(target);
        org.loopwatch.ui.ChoiceTooltip.showsChosen(stage);
        TextField alpha = field("alertRuleAlpha", viewModel.alphaProperty());
        TextField minPositives = field("alertRuleMinPositives", viewModel.minPositivesProperty());
        TextField threshold = field("alertRuleThreshold", viewModel.thresholdProperty());
        threshold.setPromptText(TEXT.get("alerts.thresholdPrompt"));
        Label origin = new Label();
        origin.setId("alertRuleOrigin");
        origin.getStyleClass().add("section-purpose");
        origin.textProperty().bind(viewModel.originProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, caption(TEXT.get("alerts.appliesTo"), target), target);
        form.addRow(1, caption(TEXT.get("alerts.stage"), stage), stage);
        form.addRow(2, caption(TEXT.get("alerts.alpha"), alpha), alpha);
        form.addRow(3, caption(TEXT.get("alerts.minPositives"), minPositives), minPositives);
        form.addRow(4, caption(TEXT.get("alerts.threshold"), threshold), threshold);

        Button save = new Button(TEXT.get("alerts.save"));
        save.setId("alertRuleSave");
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        save.setOnAction(event -> viewModel.save());
        Button useDefault = new Button(TEXT.get("alerts.useDefault"));
        useDefault.setId("alertRuleUseDefault");
        useDefault.disableProperty().bind(viewModel.canUseDefaultProperty().not());
        useDefault.setOnAction(event -> viewModel.useDefault());

        Label listHeading = new Label(TEXT.get("alerts.listHeading"));
        listHeading.getStyleClass().add("section-purpose");
        ListView<String> rules = new ListView<>(viewModel.ruleLines());
        rules.setId("alertRuleList");
        rules.setAccessibleText(TEXT.get("alerts.title"));
        rules.setPrefHeight(140);
        Label none = new Label(TEXT.get("alerts.none"));
        none.setWrapText(true);
        rules.setPlaceholder(none);
        getChildren().addAll(form, origin, SectionMessage.hint("alertRuleProblem", viewModel.problemProperty()),
                new HBox(8, save, useDefault), new SectionMessage("alertRuleMessage", viewModel.work()),
                listHeading, rules);
    }

    /*
     * A caption that wraps: "Absolute threshold, % positivity (optional)" on one line took the
     * form's whole width at 200 % and left its field too narrow for "e.g. 0.1" (settings.css caps
     * the captions' width at 175–200 %).
     */
    private static javafx.scene.control.Label caption(String text, javafx.scene.Node control) {
        javafx.scene.control.Label caption = SectionLayout.labelFor(text, control);
        caption.setWrapText(true);
        caption.setMinWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        caption.getStyleClass().add("alert-rule-caption");
        return caption;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(10);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
