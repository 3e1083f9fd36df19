import { useQuery } from '@apollo/client/react';
import { Select, Spin, Typography, type SelectProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { UnitFilter, UnitKind } from '../../../generated/graphql';
import { UNIT_LABEL } from '../graphql/queries/unitLabelQuery';
import { UNIT_SEARCH } from '../graphql/queries/unitSearchQuery';

/** Typing pauses this long before the search goes to the API: one request per word, not per key. */
export const UNIT_SEARCH_DEBOUNCE_MS = 250;
/** Units listed at once; a province has thousands, so the rest are found by typing, not scrolling. */
export const UNIT_SEARCH_PAGE = 20;

interface UnitOption {
  value: string;
  label: string;
}

/** 「名称（编码）」: names repeat across districts, the code tells them apart. */
export const unitLabel = (unit: { code: string; name: string }) => `${unit.name}（${unit.code}）`;

export interface UnitSelectProps
  extends Omit<SelectProps<string, UnitOption>, 'mode' | 'options' | 'showSearch' | 'value' | 'onChange' | 'loading' | 'notFoundContent' | 'popupRender' | 'labelInValue'> {
  value?: string | null;
  onChange?: (unitId: string | undefined) => void;
  /** only departments, only districts… */
  kind?: UnitKind;
  /** any other UnitFilter condition (the typed text becomes `search`) */
  filter?: Omit<UnitFilter, 'search' | 'kind'>;
}

/**
 * One unit, searched on the server by code or name. Works as a Form.Item field (value/onChange)
 * and as a list filter (allowClear). The picked unit keeps its label when it is not on the page
 * of matches loaded now: it comes from the option clicked, or is read by id (a form opened with
 * a saved value).
 */
export function UnitSelect({ value, onChange, kind, filter, placeholder = '选择单位', onOpenChange, ...rest }: UnitSelectProps) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<UnitOption | null>(null);

  useEffect(() => {
    const next = typed.trim().slice(0, 100);
    if (next === search) return undefined;
    const timer = setTimeout(() => setSearch(next), UNIT_SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, search]);

  const { data, previousData, loading } = useQuery(UNIT_SEARCH, {
    variables: { filter: { ...filter, kind: kind ?? null, search: search || null }, first: UNIT_SEARCH_PAGE },
  });
  const page = (data ?? previousData)?.units;
  const options = useMemo<UnitOption[]>(() => (page?.nodes ?? []).map((u) => ({ value: u.id, label: unitLabel(u) })), [page]);

  const listed = !value || options.some((o) => o.value === value);
  const known = picked && picked.value === value ? picked : null;
  const saved = useQuery(UNIT_LABEL, { variables: { id: value ?? '' }, skip: listed || known !== null, fetchPolicy: 'cache-first' });
  const selected = useMemo<UnitOption | null>(() => {
    if (listed || !value) return null;
    if (known) return known;
    if (saved.data?.unit.id === value) return { value, label: unitLabel(saved.data.unit) };
    return { value, label: saved.error ? '未找到该单位' : '加载中…' };
  }, [listed, value, known, saved.data, saved.error]);
  // while typing antd shows the text, not the label: the picked unit is offered only when it matches
  const shown = selected && typed === '' ? [selected, ...options] : options;

  const more = page && page.totalCount > page.nodes.length ? page.totalCount : 0;
  const hint = more ? (
    <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 12px', fontSize: 12 }} data-testid="unit-select-more">
      {search ? `共 ${more} 个匹配，请输入更完整的名称或编码` : `共 ${more} 个，请输入名称或编码查找`}
    </Typography.Text>
  ) : null;

  return (
    <Select<string, UnitOption>
      placeholder={placeholder}
      {...rest}
      value={value ?? undefined}
      options={shown}
      loading={loading}
      showSearch={{ filterOption: false, searchValue: typed, onSearch: setTyped }}
      notFoundContent={loading ? <Spin size="small" /> : search ? '没有匹配的单位' : '暂无单位'}
      popupRender={(menu) => (
        <>
          {menu}
          {hint}
        </>
      )}
      onOpenChange={(open) => {
        // a closed picker starts over from the first page, without waiting for the pause
        if (!open) {
          setTyped('');
          setSearch('');
        }
        onOpenChange?.(open);
      }}
      onChange={(unitId, option) => {
        setPicked(option && !Array.isArray(option) ? { value: option.value, label: option.label } : null);
        onChange?.(unitId ?? undefined);
      }}
    />
  );
}
