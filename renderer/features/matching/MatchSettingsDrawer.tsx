import { useState } from 'react';
import { Button, Divider, Drawer, Popconfirm, Select, Space, Typography } from 'antd';
import { DEFAULT_WEIGHTS, DOMAIN_DICTIONARY, DOMAIN_SYNONYMS } from '@shared/matching';
import type { MatchSettings } from './client/types';
import { SynonymsEditor } from './SynonymsEditor';
import { WeightsEditor } from './WeightsEditor';

type Props = {
  settings: MatchSettings;
  onSave: (settings: MatchSettings) => Promise<boolean>;
  onClose: () => void;
};

/** Empty groups and groups of one word say nothing; repeated words once. */
const cleanSynonyms = (groups: readonly string[][]): string[][] =>
  groups.map((g) => [...new Set(g.map((w) => w.trim()).filter((w) => w !== ''))]).filter((g) => g.length >= 2);

/**
 * 匹配设置: the score's weights, the organiser's own domain words and
 * synonyms. Saved to the fair, so every laptop of the fair ranks alike; the
 * engine re-indexes on save and open rankings are redone.
 */
export const MatchSettingsDrawer = ({ settings, onSave, onClose }: Props) => {
  const [draft, setDraft] = useState<MatchSettings>(settings);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    const saved = await onSave({ ...draft, dictionary: [...new Set(draft.dictionary.map((w) => w.trim()).filter((w) => w !== ''))], synonyms: cleanSynonyms(draft.synonyms) });
    setSaving(false);
    if (saved) onClose();
  };
  return (
    <Drawer
      open
      title="匹配设置"
      size={560}
      onClose={onClose}
      data-testid="match-settings"
      extra={
        <Space>
          <Popconfirm title="恢复默认权重？" description="词典与同义词不变" okText="恢复" cancelText="取消" onConfirm={() => setDraft({ ...draft, weights: { ...DEFAULT_WEIGHTS } })}>
            <Button data-testid="reset-weights">恢复默认</Button>
          </Popconfirm>
          <Button type="primary" loading={saving} onClick={save} data-testid="save-settings">
            保存
          </Button>
        </Space>
      }
    >
      <WeightsEditor value={draft.weights} onChange={(weights) => setDraft({ ...draft, weights })} />
      <Divider />
      <Typography.Title level={5}>领域词典</Typography.Title>
      <Typography.Paragraph type="secondary">
        分词时保持完整的专业词（如“特高压”“CAR-T”）。已内置 {DOMAIN_DICTIONARY.length} 个常用词，这里添加本场活动特有的词。
      </Typography.Paragraph>
      <Select
        mode="tags"
        style={{ width: '100%' }}
        value={draft.dictionary}
        tokenSeparators={['，', ',', '、', ' ']}
        open={false}
        suffixIcon={null}
        placeholder="输入词语，回车或逗号分隔"
        onChange={(dictionary: string[]) => setDraft({ ...draft, dictionary })}
        data-testid="dictionary-editor"
      />
      <Divider />
      <Typography.Title level={5}>同义词</Typography.Title>
      <Typography.Paragraph type="secondary">
        同一组的词视为同一个词，每组第一个词用于显示。已内置 {DOMAIN_SYNONYMS.length} 组（如“锂离子电池、锂电池、锂电”）。
      </Typography.Paragraph>
      <SynonymsEditor value={draft.synonyms} onChange={(synonyms) => setDraft({ ...draft, synonyms })} />
    </Drawer>
  );
};
