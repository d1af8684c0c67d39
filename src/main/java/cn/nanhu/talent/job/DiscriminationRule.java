package cn.nanhu.talent.job;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds requirements the Employment Promotion Law forbids in a post: gender, age, marital or
 * childbearing status, and place of origin. It only flags, with the words it matched, because a
 * reviewer judges context ("女装导购" is a product, not a requirement).
 */
public final class DiscriminationRule {

    public static final String FLAG = "DISCRIMINATION";

    private static final List<Pattern> PATTERNS = List.of(
            // gender: 限男性, 仅限女性, 男性优先, 只招男生
            Pattern.compile("(限|仅限|只限|只招|仅招)(男|女)(性|生|士)?"),
            Pattern.compile("(男|女)(性|生|士)?优先"),
            Pattern.compile("性别\\s*[:：]?\\s*(男|女)"),
            // age: 35岁以下, 年龄18-35岁, 年龄不超过40
            Pattern.compile("\\d{2}\\s*(周)?岁\\s*(以下|以内|以上|之间|及以下|以下优先)"),
            Pattern.compile("年龄\\s*[:：]?\\s*(不超过|不大于|小于|低于|在)?\\s*\\d{2}(\\s*[-~至到]\\s*\\d{2})?\\s*(周)?岁?"),
            // marital and childbearing status
            Pattern.compile("已婚已育|未婚未育|已婚|未婚|已育|未育"),
            // place of origin: 本地户口, 限浙江籍, 嘉兴户籍
            Pattern.compile("本地户口|本地户籍|本地人"),
            Pattern.compile("(限|仅限|只限)\\p{IsHan}{1,4}(籍|户口|户籍)"),
            Pattern.compile("\\p{IsHan}{1,4}户籍(优先|人员)?"));

    private DiscriminationRule() {
    }

    /** The distinct discriminatory phrases in the texts, in order of appearance; empty when clean. */
    public static List<String> matches(String... texts) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (Pattern p : PATTERNS) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    found.add(m.group().strip());
                }
            }
        }
        return new ArrayList<>(found);
    }
}
