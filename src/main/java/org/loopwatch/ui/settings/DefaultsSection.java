package org.loopwatch.ui.settings;

import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.domain.text.Texts;

/** Defaults for the rolling window and the confidence intervals. */
final class DefaultsSection extends VBox {

    private static final Texts TEXT = Texts.of(DefaultsSection.class);

    DefaultsSection(DefaultsViewModel viewModel) {
        super(12);
        ComboBox<RollingWindow> window = combo("defaultWindow", viewModel.windowChoices(),
                DefaultsViewModel::windowLabel);
        window.valueProperty().bindBidirectional(viewModel.windowProperty());
        ComboBox<IntervalMethod> method = combo("defaultMethod", viewModel.methodChoices(), IntervalMethod::label);
        method.valueProperty().bindBidirectional(viewModel.methodProperty());
        ComboBox<ConfidenceLevel> level = combo("defaultLevel", viewModel.levelChoices(),
                DefaultsViewModel::levelLabel);
        level.valueProperty().bindBidirectional(viewModel.levelProperty());
        ComboBox<StageChoice> stage = combo("settingsDefaultStage", viewModel.stageChoices(), StageChoice::label);
        stage.setPrefWidth(320);
        stage.valueProperty().bindBidirectional(viewModel.stageProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, SectionLayout.labelFor(TEXT.get("defaults.window"), window), window);
        form.addRow(1, SectionLayout.labelFor(TEXT.get("defaults.method"), method), method);
        form.addRow(2, SectionLayout.labelFor(TEXT.get("defaults.level"), level), level);
        form.addRow(3, SectionLayout.labelFor(TEXT.get("defaults.stage"), stage), stage);

        Button save = new Button(TEXT.get("defaults.save"));
        save.setId("defaultsSave");
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        save.setOnAction(event -> viewModel.save());
        Button revert = new Button(TEXT.get("defaults.revert"));
        revert.setId("defaultsRevert");
        revert.disableProperty().bind(viewModel.dirtyProperty().not());
        revert.setOnAction(event -> viewModel.revert());
        getChildren().addAll(form, new HBox(8, save, revert), new SectionMessage("defaultsMessage", viewModel.work()));
    }

    private static <T> ComboBox<T> combo(String id, List<T> choices, Function<T, String> text) {
        ComboBox<T> combo = new ComboBox<>(FXCollections.observableArrayList(choices));
        combo.setId(id);
        // As wide as its longest choice (220 px cut "Wilson score" at 200 %).
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        org.loopwatch.ui.ChoiceTooltip.showsChosen(combo);
        return combo;
    }
}
